"""Border crossings on the side of the press that names them, towns of a list after "from" as
origins of a site's sentence, and municipal seats GeoNames gives no population."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.local_focus import trade_destination


def _found(gaz: Gazetteer, text: str) -> dict[str, tuple[str | None, str]]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: (m.country, m.level) for m in result.mentions}


def test_a_crossing_stands_on_the_side_of_the_press_that_names_it(gazetteer: Gazetteer) -> None:
    # a Montenegrin municipality's news: the neighbour across the crossing is no place of it
    text = (
        "Opština Rožaje ove nedjelje popravlja put do Plava. Dio novca dolazi iz programa "
        "saradnje sa Srbijom, pa će biti uređen i prilaz graničnom prelazu Vrbnik."
    )
    assert _found(gazetteer, text)["Vrbnik"] == ("ME", "site")
    # Macedonian: a crossing named after a village that shares a Serbian town's name
    mk = "Камионите од Куманово чекаа три часа на граничниот премин Блаце, соопшти МВР."
    assert _found(gazetteer, mk)["Блаце"] == ("MK", "site")


def test_a_crossing_near_a_town_stands_by_that_town(gazetteer: Gazetteer) -> None:
    # Serbian press on a crossing of Montenegro's, placed by "kod"
    text = (
        "Navijači iz Beograda putovali su celu noć. Policija ih je dočekala na graničnom "
        "prelazu Vrbnik kod Berana i pratila do stadiona."
    )
    assert _found(gazetteer, text)["Vrbnik"] == ("ME", "site")


def test_a_known_crossing_keeps_its_own_place(gazetteer: Gazetteer) -> None:
    text = "Kamioni iz Niša čekali su juče satima na prelazu Jarinje, a Novi Pazar je bio miran."
    assert _found(gazetteer, text)["Jarinje"] == ("XK", "site")


def test_a_croatian_crossing_keeps_the_reading_of_its_sentence(gazetteer: Gazetteer) -> None:
    # Croatian points to no region state: the sentence's own town decides
    text = "Kod Županje su kamioni čekali na graničnom prijelazu Bajakovo pet sati."
    assert _found(gazetteer, text)["graničnom prijelazu Bajakovo"][0] == "HR"


def test_a_list_after_from_makes_origins_of_all_its_towns(gazetteer: Gazetteer) -> None:
    # the stadium is where the earlier sentence's match is, not in any town the fans left
    text = (
        "Rijeka je u nedjelju igrala u Tirani. Na stadionu Arena Kombëtare bilo je i "
        "dvjesto navijača iz Rijeke, Opatije i Crikvenice."
    )
    assert _found(gazetteer, text)["stadionu Arena Kombëtare"] == ("AL", "site")


def test_a_municipal_seat_outranks_a_village_of_its_name(gazetteer: Gazetteer) -> None:
    # Priboj, Serbia (GeoNames: population 3) against a village near Lopare (4,351)
    text = "Суд у Ужицу осудио је двојицу мушкараца из Прибоја због крађе."
    assert _found(gazetteer, text)["Прибоја"] == ("RS", "city")
    result = tag_text(gazetteer, text)
    assert result.countries == ["RS"]


def test_slovenian_accusative_of_bosnia_and_herzegovina(gazetteer: Gazetteer) -> None:
    text = "Tovornjaki iz Maribora vozijo blago v Bosno in Hercegovino vsak dan."
    assert _found(gazetteer, text)["Bosno in Hercegovino"] == ("BA", "country")


def test_a_cross_border_programme_names_no_partner_of_talks(gazetteer: Gazetteer) -> None:
    # a Montenegrin municipality's works, paid in part by a programme shared with Serbia
    text = (
        "Opština Plav ove jeseni obnavlja put do Gusinja. Dio novca dolazi iz programa "
        "prekogranične saradnje sa Srbijom. Radovi u Plavu počinju u ponedjeljak, a "
        "mještani Gusinja čekaju ih godinama."
    )
    assert tag_text(gazetteer, text).countries == ["ME"]
    # talks with a neighbour still make it a side of the story
    talks = (
        "Opština Plav ove jeseni obnavlja put do Gusinja. Predsjednik opštine razgovarao je "
        "o saradnji sa Srbijom. Radovi u Plavu počinju u ponedjeljak, a mještani Gusinja "
        "čekaju ih godinama."
    )
    assert "RS" in tag_text(gazetteer, talks).countries


def test_a_quarter_or_settlement_named_by_its_noun(gazetteer: Gazetteer) -> None:
    mk = "Општина Струга ги реновира улиците во населбата Враништа."
    assert _found(gazetteer, mk)["Враништа"] == ("MK", "city")
    sq = "Bashkia e Shkodrës rregulloi rrugët në lagjen Perash këtë javë."
    assert _found(gazetteer, sq)["Perash"] == ("AL", "city")
    sr = "U Beranama se ove nedjelje asfaltiraju ulice u naselju Lužac."
    assert _found(gazetteer, sr)["Lužac"] == ("ME", "city")


def test_a_state_named_in_one_later_sentence_is_a_detail(gazetteer: Gazetteer) -> None:
    # where a firm's money went, in one sentence after the first: not what the story is about
    text = (
        "Kantonalni sud u Tuzli osudio je juče bivšeg direktora rudnika u Banovićima na tri "
        "godine zatvora. Prema presudi, novac je završio na računima firmi u Beogradu i "
        "Novom Sadu. Presudu je potvrdio i Vrhovni sud Federacije BiH u Sarajevu."
    )
    assert tag_text(gazetteer, text).countries == ["BA"]


def test_a_state_that_opens_its_sentence_stays_an_item(gazetteer: Gazetteer) -> None:
    text = (
        "Kantonalni sud u Tuzli osudio je juče bivšeg direktora rudnika u Banovićima na tri "
        "godine zatvora. U Srbiji je istovremeno počelo suđenje njegovim saradnicima u "
        "Beogradu i Novom Sadu. Presudu je potvrdio i Vrhovni sud Federacije BiH u Sarajevu."
    )
    assert set(tag_text(gazetteer, text).countries) == {"BA", "RS"}


def test_a_national_side_playing_away_is_the_hosts_story(gazetteer: Gazetteer) -> None:
    text = (
        "Rukometna reprezentacija Srbije igra večeras u Skoplju protiv Severne Makedonije. "
        "Selektor je rekao da očekuje težak meč. U dvorani Boris Trajkovski očekuje se "
        "6.000 gledalaca. Policija u Skoplju pojačala je mere bezbednosti oko dvorane."
    )
    assert tag_text(gazetteer, text).countries == ["MK"]


def test_the_lead_place_anchors_a_story_against_a_later_comparison(
    gazetteer: Gazetteer,
) -> None:
    # protesters came from three Albanian towns (origins, which weigh nothing); Kosovo is
    # named twice in one sentence that only compares: the lead's state is the story's
    text = (
        "Qindra banorë protestuan të dielën para bashkisë në Durrës kundër ndërtimeve të "
        "reja. Protestuesit erdhën nga Kavaja, Shijaku dhe Rrogozhina. Policia njoftoi se "
        "nuk pati incidente. Në Prishtinë disa gazeta e krahasuan protestën me ato të "
        "verës së kaluar në Kosovë."
    )
    assert tag_text(gazetteer, text).countries == ["AL"]


def test_a_state_that_only_reacts_in_its_sentence_is_no_item(gazetteer: Gazetteer) -> None:
    text = (
        "Vlada Crne Gore usvojila je u Podgorici novi zakon o strancima, a poslanici su ga "
        "potvrdili u četvrtak. Zakon će se primjenjivati u Budvi, Kotoru i Baru od juna. U "
        "Beogradu i Novom Sadu zakon su komentarisale srpske nevladine organizacije. "
        "Opozicija u "
        "Podgorici najavila je ocjenu ustavnosti."
    )
    assert tag_text(gazetteer, text).countries == ["ME"]


def test_the_outlets_own_people_from_its_towns_weigh_for_its_state(
    gazetteer: Gazetteer,
) -> None:
    # Macedonian: growers from four Macedonian towns sell to Serbia; the sellers' state is
    # the story's first, though its towns are named only after "од" (from)
    text = (
        "Земјоделците од Струмица и Гевгелија годинава извезоа повеќе домати. Најголем "
        "купувач е Србија, особено пазарите во Белград и Ниш. Откупувачите од Кавадарци и "
        "Неготино велат дека цените паѓаат."
    )
    assert tag_text(gazetteer, text).countries[0] == "MK"


def test_each_village_of_a_list_after_a_plural_noun(gazetteer: Gazetteer) -> None:
    text = "Opština Tutin ove godine asfaltira puteve u selima Draga, Crkvine i Gluhavica."
    found = _found(gazetteer, text)
    assert found["Crkvine"] == ("RS", "city")
    assert found["Gluhavica"] == ("RS", "city")
    mk = "Жителите на селата Велгошти и Лескоец бараат нов пат до Охрид."
    found = _found(gazetteer, mk)
    assert found["Лескоец"] == ("MK", "city")


def test_a_local_community_names_its_village_a_people_none(gazetteer: Gazetteer) -> None:
    text = "Opština Berane ove jeseni gradi puteve u mjesnim zajednicama Lužac i Buče."
    found = _found(gazetteer, text)
    assert found["Buče"] == ("ME", "city")
    people = "Predstavnici zajednice Srba iz Štrpca sastali su se juče u Gračanici."
    assert "Srba" not in _found(gazetteer, people)


def test_a_match_report_is_the_host_states_story(gazetteer: Gazetteer) -> None:
    # the visitors' fans, their return match at home and their country's champions add nothing
    text = (
        "Vllaznia u mund të dielën në Prishtinë nga Drita me rezultatin 2:0 në një ndeshje "
        "miqësore. Në tribuna ishin edhe dyqind tifozë nga Shkodra dhe Lezha. Trajneri tha "
        "se skuadra do të luajë ndeshjen e kthimit në Shkodër në gusht. Kampionët e "
        "Shqipërisë presin edhe një ndeshje në Durrës."
    )
    assert tag_text(gazetteer, text).countries == ["XK"]


def test_a_neighbours_own_story_names_region_states_as_homes(gazetteer: Gazetteer) -> None:
    # Slovenian: workers' homes in the first sentence do not make the story theirs
    text = (
        "V Kranju dela že več kot tisoč delavcev iz tujine, največ iz Bosne in Hercegovine "
        "in s Kosova. Tovarna v Kranju je lani zaposlila sto delavcev. Župan Kranja je "
        "dejal, da mesto potrebuje nova stanovanja. Podobno je v Škofji Loki."
    )
    assert tag_text(gazetteer, text).countries == []


def test_a_state_goods_are_sold_into_is_a_market(gazetteer: Gazetteer) -> None:
    text = "Mljekara iz Osijeka lani je prodala dvije tisuće tona sira u Srbiju."
    srbiju = next(m for m in tag_text(gazetteer, text).mentions if m.surface == "Srbiju")
    assert trade_destination(text, srbiju)
    there = "Mljekara iz Osijeka lani je prodala dvije tisuće tona sira u Srbiji."
    srbiji = next(m for m in tag_text(gazetteer, there).mentions if m.surface == "Srbiji")
    assert not trade_destination(there, srbiji)  # sold in Serbia: a place of the story


def test_a_shared_lake_is_placed_by_a_real_name_before_an_alternate(
    gazetteer: Gazetteer,
) -> None:
    # "Горица" is read as a village of Albania's by another spelling: Ohrid places the lake
    text = (
        "Општина Охрид оваа недела започна со уредување на патеката покрај Охридското "
        "Езеро, од пристаништето до населбата Горица, а работите ќе завршат до летото. Дел "
        "од парите се од програмата за соработка со Албанија и општината Поградец."
    )
    assert _found(gazetteer, text)["Охридското Езеро"] == ("MK", "site")
