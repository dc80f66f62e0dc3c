"""Document countries of local-language stories (round 26): rules on made-up sentences."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.listed_states import listed_with_another
from newsmap.geotag.parties import partner_states


def test_a_list_of_states_after_with_is_no_partner(gazetteer: Gazetteer) -> None:
    # the EU deals with two candidates: the fellow candidate is a listed state, no partner
    text = (
        "Пратениците во Скопје денеска расправаа за изборите, по самитот во Брисел, каде "
        "лидерите на ЕУ не се договорија за преговори со Албанија и Северна Македонија. "
        "Премиерот во Скопје ќе се сретне со опозицијата во Куманово и Тетово."
    )
    mentions = tag_text(gazetteer, text).mentions
    assert partner_states(text, mentions) == []
    assert tag_text(gazetteer, text).countries == ["MK"]


def test_a_partner_named_alone_is_still_a_party(gazetteer: Gazetteer) -> None:
    text = "Premijer Crne Gore najavio je u Podgorici nove razgovore sa Albanijom o granici."
    mentions = tag_text(gazetteer, text).mentions
    assert partner_states(text, mentions) == ["AL"]
    index = next(i for i, m in enumerate(mentions) if m.country == "AL")
    assert not listed_with_another(text, mentions, index)


def test_members_of_one_list(gazetteer: Gazetteer) -> None:
    text = "Sastanak sa Srbijom, Crnom Gorom i Kosovom zakazan je za petak u Sarajevu."
    mentions = tag_text(gazetteer, text).mentions
    listed = [m.country for i, m in enumerate(mentions) if listed_with_another(text, mentions, i)]
    assert listed == ["RS", "ME", "XK"]


def test_money_named_by_its_state_is_no_actor(gazetteer: Gazetteer) -> None:
    # cash carried across a border: the state of the dinars does not act in the story
    text = (
        "MITROVICË – Gjykata në Mitrovicë dënoi dy banorë të Zveçanit, të kapur në Jarinjë me "
        "50 mijë dinarë serbë të padeklaruar.\n\nPolicia e Kosovës tha se kontrollet në "
        "Jarinjë dhe në Bërnjak do të vazhdojnë. Gjykata në Prishtinë do të shqyrtojë ankesën."
    )
    result = tag_text(gazetteer, text)
    assert any(m.surface == "dinarë serbë" and m.country == "RS" for m in result.mentions)
    assert result.countries == ["XK"]


_NEIGHBOUR = (
    "VUKOVAR – Policija je na graničnom prijelazu Bajakovo zaustavila kamion s teretom "
    "cigareta, priopćila je policijska uprava u Vukovaru.\n\nVozač je rekao da je teret preuzeo "
    "u Šidu, a odredište mu je bio Osijek. Istraga se vodi u Vukovaru.\n\nNa prijelazu "
    "Batrovci, s druge strane granice, {} kontrole vozila koja izlaze iz Srbije. Kolone su se "
    "protezale do Šida.\n\nZapovjednik postaje kaže da je suradnja s policijom u Novom Sadu i "
    "Beogradu dobra."
)


def test_a_region_states_police_acting_in_a_neighbours_story(gazetteer: Gazetteer) -> None:
    acting = _NEIGHBOUR.format("srpska granična policija pojačala je")
    assert tag_text(gazetteer, acting).countries == ["RS"]
    # without the act, a Croatian story about its own crossing names Serbia as a neighbour
    assert tag_text(gazetteer, _NEIGHBOUR.format("pojačane su")).countries == []


_LAKE = (
    "SHKODËR – Niveli i liqenit në Shkodër arriti kuotën e alarmit, njoftoi prefektura e "
    "Shkodrës. Nën ujë janë fshatrat rreth Shkodrës dhe Lezhës.\n\nNë Dajç dhe Bushat janë "
    "evakuuar familje, të strehuara në Shkodër. Rruga drejt Lezhës është e mbyllur.\n\n{}"
)


def test_a_second_states_authorities_in_a_paragraph_of_its_own(gazetteer: Gazetteer) -> None:
    own = "Në anën tjetër të liqenit, në Ulqin dhe në Virpazar, autoritetet malazeze kanë "
    own += "shpallur gjendje gatishmërie."
    assert tag_text(gazetteer, _LAKE.format(own)).countries == ["AL", "ME"]
    passing = "Trafiku drejt Ulqinit dhe Virpazarit vazhdon normalisht, tha policia shqiptare."
    assert tag_text(gazetteer, _LAKE.format(passing)).countries == ["AL"]


def test_a_title_is_read_in_its_bodys_language(gazetteer: Gazetteer) -> None:
    # a headline's few words cannot tell its language; its case forms are its body's
    title = "Praznik skupnosti iz Bosne in Makedonije"
    body = (
        "Društvo priseljencev je v soboto pripravilo praznik, na katerem se je zbralo več kot "
        "dva tisoč ljudi. Program se je začel ob 19. uri s folklorno skupino."
    )
    assert sorted(tag_text(gazetteer, body, title).countries) == ["BA", "MK"]
    # an English body's title still reads for itself: "Makedonije" is no English name
    english = "The festival drew two thousand people, the organisers of the society said."
    assert tag_text(gazetteer, english, title).countries == ["BA"]


_PORT = (
    "KOPER – Luka Koper je v prvem polletju pretovorila deset milijonov ton blaga. Vlaki proti "
    "Ljubljani in Mariboru bodo od ponedeljka vozili čez Sežano.\n\nPodjetje iz Beograda je "
    "podpisalo pogodbo za vlak do Novega Sada. {}\n\nV Kopru so odprli nov terminal, sindikat "
    "v Izoli pa zahteva višje plače."
)


def test_a_region_government_acting_where_a_neighbour_leads(gazetteer: Gazetteer) -> None:
    # a Slovenian port's story in which Serbia's government acts is Serbia's too
    acting = "Srbska vlada je napovedala, da bo del blaga pošiljala prek Kopra."
    assert tag_text(gazetteer, _PORT.format(acting)).countries == ["RS"]
    # its firms and towns alone are the port's customers: the neighbour's own story
    assert tag_text(gazetteer, _PORT.format("Del blaga bo šel prek Kopra.")).countries == []


def test_a_roundup_of_four_capitals_items(gazetteer: Gazetteer) -> None:
    # no section line, but four dateline items from four region states: a regional roundup
    text = (
        "Pregled vijesti iz susjedstva u protekla 24 sata.\n\n"
        "SARAJEVO - Predsjedništvo BiH nije dogovorilo imenovanje veleposlanika. U Tuzli, "
        "Zenici, Mostaru, Bihaću, Travniku, Goraždu i Bijeljini održani su izbori, a u "
        "Sarajevu i Banjoj Luci prosvjedi. Vijeće ministara BiH zasjeda u Sarajevu.\n\n"
        "BEOGRAD - Studenti su i ovog tjedna blokirali fakultete. Vlada je poručila da je "
        "spremna na razgovor, ali ne pod ultimatumom.\n\n"
        "PRIŠTINA - Policija je otvorila novu postaju na sjeveru. Mještani su prosvjedovali "
        "zbog zatvaranja pošte, a predstavnici EU-a pozvali su na suzdržanost.\n\n"
        "SKOPJE - Vlada je objavila natječaj za novu autocestu. Radovi kasne gotovo osam "
        "godina, a natječaj je otvoren do kraja mjeseca.\n\n"
        "Sljedeći pregled vijesti iz regije objavljujemo u ponedjeljak, a sve važne događaje "
        "pratimo i na našem portalu tijekom vikenda."
    )
    assert sorted(tag_text(gazetteer, text).countries) == ["BA", "MK", "RS", "XK"]
