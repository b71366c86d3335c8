"""Saved talks (content/talks/*.yaml): views as deep links with a title and note per language, checked."""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from core.config import ROOT, load_config
from core.present import links
from core.present.vocabulary import Vocabulary, vocabulary

TALKS_DIR = ROOT / "content" / "talks"
LISTED = 12  # allowed values named in a fix


@dataclass(frozen=True)
class View:
    """One step of a talk: the page and parameters it opens, its title and its note per language."""

    page: links.Page
    query: links.Query
    title: dict[str, str]
    note: dict[str, str]


@dataclass(frozen=True)
class Talk:
    """An ordered list of views with a title per language; id is the file's name."""

    id: str
    title: dict[str, str]
    views: tuple[View, ...]


@dataclass(frozen=True)
class TalkProblem:
    """One problem in a talk file, naming the view (1 = first) and the field."""

    file: str
    view: int | None
    field: str
    problem: str
    fix: str

    def __str__(self) -> str:
        where = f"view {self.view}, field '{self.field}'" if self.view else f"field '{self.field}'"
        return f"{self.file}: {where}: {self.problem}. Fix: {self.fix}."


class TalkError(ValueError):
    """A talk file is broken; the message lists every problem."""

    def __init__(self, problems: list[TalkProblem]) -> None:
        """Keep the problems and build the message."""
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


def _one_of(values: dict[str, str]) -> str:
    shown = [key if name == key else f"{key} ({name})" for key, name in values.items()]
    more = ", …" if len(shown) > LISTED else ""
    return "use one of: " + ", ".join(shown[:LISTED]) + more


def _value_problem(name: str, kind: str, value: str, query: dict, words: Vocabulary) -> tuple[str, str]:
    """(problem, fix) for a value the page cannot show, or ("", "") when it is fine."""
    if kind == "year":
        indicator = query.get("indicator", words.default_indicator)
        years = {str(year): str(year) for year in words.years.get(indicator, ())}
        if value in years:
            return "", ""
        if not years:
            return f"'{indicator}' has no years to choose", "remove 'year'"
        return f"'{indicator}' has no data for the year '{value}'", _one_of(years)
    if value in words.values[kind]:
        return "", ""
    return f"parameter '{name}' has '{value}', which is not a known {kind}", _one_of(words.values[kind])


def link_problems(link: object, words: Vocabulary) -> list[tuple[str, str]]:
    """Every (problem, fix) of a view's link: unknown page, parameter, code, indicator or year."""
    if not isinstance(link, str) or not link.strip():
        return [("the link is missing", "copy a link from the app's share button, e.g. /map?county=21")]
    page, query = links.parse(link)
    if page is None:
        paths = {f"/{p.path}": p.key for p in links.PAGES}
        return [(f"the app has no page '{link.split('?')[0]}'", _one_of(paths))]
    counts = Counter(name for name, _ in query)
    problems = [
        (f"parameter '{name}' is given more than once", "give it once")
        for name, count in counts.items()
        if count > 1 and name not in links.REPEATABLE
    ]
    given = dict(query)
    firsts = [(n, v) for i, (n, v) in enumerate(query) if n in links.REPEATABLE or given[n] == v]
    problems += [_param_problem(page, name, value, given, words) for name, value in dict.fromkeys(firsts)]
    return [problem for problem in problems if problem[0]]


def _param_problem(
    page: links.Page, name: str, value: str, given: dict, words: Vocabulary
) -> tuple[str, str]:
    if name in links.FRAME_PARAMS:
        return f"'{name}' is set by the app, not by a talk", f"remove '{name}'"
    if name not in page.params:
        allowed = {param: param for param in page.params} or {"(none)": "(none)"}
        return f"page '/{page.path}' has no parameter '{name}'", _one_of(allowed)
    return _value_problem(name, page.params[name], value, given, words)


def _text_problems(value: object, field: str, required: bool) -> list[tuple[str, str, str]]:
    languages = load_config().languages
    if value is None and not required:
        return []
    if not isinstance(value, dict):
        return [(field, "is missing or not a text per language", f"write {field}: {{sv: …, en: …}}")]
    empty = [lang for lang in languages if not str(value.get(lang) or "").strip()]
    return [(field, f"has no text in '{lang}'", f"add {field}.{lang}") for lang in empty]


def _view(raw: object, index: int, file: str, words: Vocabulary) -> tuple[View | None, list[TalkProblem]]:
    if not isinstance(raw, dict):
        fix = "write link:, title: and note: under the view's dash"
        return None, [TalkProblem(file, index, "link", "the view is not a mapping", fix)]
    found = [TalkProblem(file, index, "link", p, f) for p, f in link_problems(raw.get("link"), words)]
    found += [TalkProblem(file, index, *p) for p in _text_problems(raw.get("title"), "title", True)]
    found += [TalkProblem(file, index, *p) for p in _text_problems(raw.get("note"), "note", False)]
    unknown = sorted(set(raw) - {"link", "title", "note"})
    found += [TalkProblem(file, index, key, "is not a field of a view", "remove it") for key in unknown]
    if found:
        return None, found
    page, query = links.parse(raw["link"])
    return View(page, query, raw["title"], raw.get("note") or {}), []  # type: ignore[arg-type]


def parse_talk(raw: object, talk_id: str, file: str, words: Vocabulary) -> Talk:
    """A talk from its parsed YAML, or TalkError naming every broken view and field."""
    if not isinstance(raw, dict) or not isinstance(raw.get("views"), list) or not raw["views"]:
        raise TalkError([TalkProblem(file, None, "views", "no list of views", "write views: - link: …")])
    problems = [TalkProblem(file, None, *p) for p in _text_problems(raw.get("title"), "title", True)]
    views = []
    for index, item in enumerate(raw["views"], start=1):
        view, found = _view(item, index, file, words)
        problems += found
        views.append(view)
    if problems:
        raise TalkError(problems)
    return Talk(talk_id, raw["title"], tuple(views))  # type: ignore[arg-type]


def load_talk(path: Path, words: Vocabulary) -> Talk:
    """Read and check one talk file."""
    file = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        problem = TalkProblem(file, None, "yaml", str(error).split("\n")[0], "fix the YAML syntax")
        raise TalkError([problem]) from error
    return parse_talk(raw, path.stem, file, words)


def load_talks(folder: Path = TALKS_DIR, words: Vocabulary | None = None) -> dict[str, Talk]:
    """Every talk in the folder by id; TalkError lists the problems of all broken files."""
    words = words or vocabulary()
    talks, problems = {}, []
    for path in sorted(folder.glob("*.yaml")):
        try:
            talks[path.stem] = load_talk(path, words)
        except TalkError as error:
            problems += error.problems
    if problems:
        raise TalkError(problems)
    return talks


def main() -> int:
    """Check every talk (python -m core.present.talks); exit 1 and a report on any problem."""
    try:
        talks = load_talks()
    except TalkError as error:
        sys.stderr.write(f"ERROR {error}\n")
        return 1
    for talk in talks.values():
        sys.stdout.write(f"ok  content/talks/{talk.id}.yaml: {len(talk.views)} views\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
