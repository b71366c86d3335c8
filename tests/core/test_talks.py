"""Talks: the shipped talk is valid; each kind of broken link is named with file, view and field."""

from pathlib import Path

import pytest
import yaml

from core.present import talks
from core.present.talks import TalkError, load_talk, load_talks
from core.present.vocabulary import vocabulary


@pytest.fixture(scope="module")
def words():
    return vocabulary()


def talk_file(tmp_path: Path, views: list, title=None) -> Path:
    path = tmp_path / "demo.yaml"
    raw = {"title": title or {"sv": "Demo", "en": "Demo"}, "views": views}
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def view(link: str, **extra) -> dict:
    return {"link": link, "title": {"sv": "Vy", "en": "View"}, **extra}


def problems(tmp_path, words, *views) -> list[str]:
    with pytest.raises(TalkError) as error:
        load_talk(talk_file(tmp_path, list(views)), words)
    return [str(problem) for problem in error.value.problems]


def test_the_shipped_talk_is_valid_and_has_six_to_eight_views(words):
    shipped = load_talks(talks.TALKS_DIR, words)["industrin"]
    assert shipped.title["sv"] == "Industrin i Norra Mellansverige"
    assert 6 <= len(shipped.views) <= 8
    assert all(v.note["sv"] and v.note["en"] and v.title["sv"] and v.title["en"] for v in shipped.views)
    assert [v.page.key for v in shipped.views][:2] == ["overview", "map"]


def test_a_good_talk_keeps_pages_parameters_and_texts_in_order(tmp_path, words):
    talk = load_talk(
        talk_file(
            tmp_path,
            [
                view(
                    "/map?indicator=firms_50pct_payroll&year=2021&county=17&focus=steel&focus=forest_bioeconomy"
                ),
                view("/municipality?kommun=2104", note={"sv": "Not", "en": "Note"}),
                view("https://example.org/data?dataset=partners"),
            ],
        ),
        words,
    )
    assert talk.id == "demo"
    assert [v.page.key for v in talk.views] == ["map", "municipality", "data"]
    assert ("focus", "forest_bioeconomy") in talk.views[0].query
    assert talk.views[1].note["en"] == "Note"


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("/karta", "view 1, field 'link': the app has no page '/karta'"),
        ("/map?kommun=2104", "page '/map' has no parameter 'kommun'"),
        ("/municipality?kommun=9999", "parameter 'kommun' has '9999', which is not a known municipality"),
        ("/map?county=25", "parameter 'county' has '25', which is not a known county"),
        ("/map?indicator=unemployment", "'unemployment', which is not a known indicator"),
        ("/map?indicator=firms_50pct_payroll&year=2019", "has no data for the year '2019'"),
        ("/map?indicator=register_sites&year=2022", "'register_sites' has no years to choose"),
        ("/map?year=2020", "'firms_50pct_payroll' has no data for the year '2020'"),
        ("/project?partner=acme", "'acme', which is not a known partner"),
        ("/data?dataset=secret", "'secret', which is not a known dataset"),
        ("/focus_areas?area=textiles", "'textiles', which is not a known focus"),
        ("/map?county=20&county=21", "parameter 'county' is given more than once"),
        ("/map?focus=steel&focus=glass", "parameter 'focus' has 'glass', which is not a known focus"),
        ("/map?lang=en", "'lang' is set by the app, not by a talk"),
        ("", "the link is missing"),
    ],
)
def test_each_kind_of_broken_link_is_named_with_file_view_and_field(tmp_path, words, link, expected):
    found = problems(tmp_path, words, view("/"), view(link))
    assert len(found) == 1
    assert found[0].startswith(f"{tmp_path / 'demo.yaml'}: view 2, field 'link': ")
    assert expected.split("field 'link': ")[-1] in found[0]
    assert "Fix: " in found[0]


def test_a_fix_names_the_allowed_values_with_their_names(tmp_path, words):
    (found,) = problems(tmp_path, words, view("/municipality?kommun=9999"))
    assert "Fix: use one of: 1715 (Kil), 1730 (Eda), 1737 (Torsby)," in found
    assert found.endswith(", ….")  # 41 municipalities: the first twelve, then an ellipsis
    (found,) = problems(tmp_path, words, view("/map?county=25"))
    assert "20 (Dalarna)" in found and "21 (Gävleborg)" in found and "17 (Värmland)" in found


def test_missing_texts_and_unknown_fields_are_named(tmp_path, words):
    found = problems(
        tmp_path,
        words,
        {"link": "/", "title": {"sv": "Bara svenska"}, "notes": "typo"},
        {"link": "/", "title": {"sv": "A", "en": "A"}, "note": {"sv": "", "en": "B"}},
    )
    assert any("view 1, field 'title': has no text in 'en'" in p for p in found)
    assert any("view 1, field 'notes': is not a field of a view" in p for p in found)
    assert any("view 2, field 'note': has no text in 'sv'" in p for p in found)


def test_a_talk_without_views_or_with_bad_yaml_is_an_error(tmp_path, words):
    with pytest.raises(TalkError, match="field 'views': no list of views"):
        load_talk(talk_file(tmp_path, []), words)
    broken = tmp_path / "broken.yaml"
    broken.write_text("views: [link: /\n", encoding="utf-8")
    with pytest.raises(TalkError, match="field 'yaml'"):
        load_talk(broken, words)


def test_the_validator_reports_every_broken_file_and_exits_1(tmp_path, words, monkeypatch, capsys):
    talk_file(tmp_path, [view("/map?county=99")])
    monkeypatch.setattr(talks, "TALKS_DIR", tmp_path)
    monkeypatch.setattr(talks, "load_talks", lambda: load_talks(tmp_path, words))
    assert talks.main() == 1
    assert "view 1, field 'link'" in capsys.readouterr().err
