"""The calendar lexicon: written from CLDR, and the forms the grammar rules make from it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from newsmap.lexicon import LOCAL_MONTHS, MONTHS
from newsmap.lexicon.local import family, family_code, fold

ROOT = Path(__file__).resolve().parents[2]


def test_the_shipped_file_is_what_babel_gives():
    spec = importlib.util.spec_from_file_location(
        "build_lexicon", ROOT / "scripts" / "build_lexicon.py"
    )
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    shipped = json.loads((ROOT / "src" / "newsmap" / "lexicon" / "cldr.json").read_text("utf-8"))
    assert shipped == json.loads(json.dumps(build.build(), ensure_ascii=False))


@pytest.mark.parametrize(
    ("code", "forms", "number"),
    [
        ("sh", ["mart", "marta", "martu", "март", "марта", "ožujak", "ožujka", "ožujku"], 3),
        ("sh", ["septembar", "septembra", "septembru", "rujna", "rujnu"], 9),
        ("sh", ["studeni", "studenoga", "studenog", "studenom"], 11),
        ("sl", ["marec", "marca", "marcu"], 3),
        ("sl", ["januar", "januarja", "januarju"], 1),
        ("sq", ["korrik", "korriku", "korrikut", "mars", "marsit"], None),
        ("mk", ["јули", "јуни"], None),
    ],
)
def test_month_forms_by_rule(code, forms, number):
    months = family(code).months
    for form in forms:
        assert form in months, (code, form)
    if number is not None:
        assert {months[f] for f in forms} == {number}


@pytest.mark.parametrize(
    ("code", "form", "day"),
    [
        ("sh", "sredu", 2),
        ("sh", "srijedu", 2),
        ("sh", "petka", 4),
        ("sh", "nedelju", 6),
        ("sh", "среду", 2),
        ("sh", "понедељка", 0),
        ("sl", "sredo", 2),
        ("sl", "soboto", 5),
        ("sq", "hënën", 0),
        ("sq", "dielën", 6),
        ("sq", "henen", 0),
        ("mk", "средата", 2),
        ("mk", "петокот", 4),
    ],
)
def test_weekday_forms_by_rule(code, form, day):
    assert family(code).weekdays[form] == day


def test_relative_words_come_from_cldr_and_fold():
    assert family("sh").days["jučer"] == -1 and family("sh").days["jucer"] == -1
    assert family("sq").units["javën e kaluar"] == ("week", -1)
    assert family("mk").units["минатиот месец"] == ("month", -1)
    assert family("sl").units["lani"] == ("year", -1)
    assert fold("Đakovica ožujka") == "Djakovica ozujka"


def test_publication_dates_and_text_share_the_months():
    assert LOCAL_MONTHS["siječnja"] == 1 and MONTHS["siječnja"] == 1
    assert MONTHS["may"] == 5 and MONTHS["sept"] == 9


@pytest.mark.parametrize(
    ("language", "code"),
    [
        ("sr", "sh"),
        ("sr-Cyrl", "sh"),
        ("hr", "sh"),
        ("bs", "sh"),
        ("cnr", "sh"),
        ("sh", "sh"),
        ("sq", "sq"),
        ("mk", "mk"),
        ("sl", "sl"),
        ("en", None),
        ("de", None),
        (None, None),
    ],
)
def test_family_codes(language, code):
    assert family_code(language) == code
