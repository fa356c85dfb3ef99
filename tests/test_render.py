"""Rendering for readers, authoring tools, and the HTML page in a real browser."""

import datetime as dt
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from markdown_it import MarkdownIt

import briefschema as bs
from briefschema import _anatomy, render
from briefschema.cli import main
from briefschema.render import concession_svg, render_html, render_markdown, stance_matrix_svg
from briefschema.strategies import briefs
from helpers import TEXT as TEXT_OF_BASE
from helpers import base

ROOT = Path(__file__).parents[1]
REFERENCE = ROOT / "examples" / "moscow-intransigent-syria-2013.brief.json"
SOURCE = ROOT / "examples" / "moscow-intransigent-syria-2013.txt"
SCREENSHOT = ROOT / "build" / "screenshots" / "reference-brief.png"
BRIEF = bs.load(REFERENCE)


def every_evidence(brief):
    for name in _anatomy.LISTS:
        for item in getattr(brief, name):
            yield from item.evidence


def test_markdown_reads_like_a_brief():
    text = render_markdown(BRIEF)
    headings = re.findall(r"^## (.+)$", text, flags=re.MULTILINE)
    assert headings == [
        "Summary",
        "Key judgments",
        "Actors",
        "Issues and positions",
        "Concessions",
        "Timeline",
        "About this brief",
    ]
    assert (
        "(*likely (55–80%), moderate confidence*) The source hedges: “it may be assumed”." in text
    )
    assert (
        "- **United States → Russia** on The anti-missile defence system: Gave up the fourth phase"
        in text
    )
    assert (
        "- **Russia** — supports; unyielding; stable; 2013-05-10/2013-05-11 (year, month, day inferred)"
        in text
    )
    timeline = text.split("## Timeline")[1]
    assert (
        timeline.index("2013-05-07/2013-05-08")
        < timeline.index("2013-05-10/2013-05-11")
        < timeline.index("/2013-05-15")
    )


def test_markdown_shows_every_quotation_with_its_span():
    text = render_markdown(BRIEF)
    for ev in every_evidence(BRIEF):
        assert f"“{ev.quote}” (source {ev.start}–{ev.end})" in text


class Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.attributes = []
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(attrs)


def test_html_is_self_contained_and_shows_every_quotation():
    page = render_html(BRIEF)
    parser = Collector()
    parser.feed(page)
    assert parser.tags.count("svg") == 2
    assert not any(name in {"src", "href"} for name, _ in parser.attributes)
    assert "<link" not in page
    assert "@import" not in page
    assert re.findall(r"url\(([^)]*)\)", page) == ["#arrow"] * len(BRIEF.concessions)
    for ev in every_evidence(BRIEF):
        escaped = (
            ev.quote.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace('"', "&quot;")
            .replace("'", "&#x27;")
        )
        assert f'“{escaped}”<span class="span">source {ev.start}–{ev.end}</span>' in page


def test_the_pictures_are_well_formed_svg_with_the_right_content():
    matrix = ET.fromstring(stance_matrix_svg(BRIEF))
    titles = [t.text for t in matrix.iter("{http://www.w3.org/2000/svg}title")]
    assert (
        "Russia supports Russian arms supplies to Damascus: Russia will not withdraw from supplying Damascus with S-300 anti-aircraft missiles."
        in titles
    )
    # The matrix shows current stances: the US's softened position on al-Assad, not the earlier one.
    assert any(
        t.startswith("United States opposes The role of Bashar al-Assad: Washington still opposes")
        for t in titles
    )
    diagram = ET.fromstring(concession_svg(BRIEF))
    arrows = list(diagram.iter("{http://www.w3.org/2000/svg}line"))
    assert len(arrows) == len(BRIEF.concessions)
    dashed = [a.get("stroke-dasharray") is not None for a in arrows]
    assert dashed == [c.kind is bs.ConcessionKind.VERBAL for c in BRIEF.concessions]


def test_text_from_the_brief_is_escaped():
    brief = bs.from_dict({**bs.to_dict(BRIEF), "title": "<script>alert(1)</script>"})
    page = render_html(brief)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_render_command_writes_both_formats(tmp_path, capsys):
    assert main(["render", str(REFERENCE), "--format", "md"]) == 0
    assert capsys.readouterr().out == render_markdown(BRIEF)
    out = tmp_path / "brief.html"
    assert main(["render", str(REFERENCE), "--format", "html", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == render_html(BRIEF)
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert main(["render", str(bad)]) == 1


def chromium():
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, "Chromium is required (Debian's chromium package; .ci/run installs it)"
    return path


PROBE = """<script>
window.addEventListener("load", () => {
  const shown = [...document.querySelectorAll("svg")].filter((svg) => {
    const box = svg.getBoundingClientRect();
    return box.width > 100 && box.height > 50 && getComputedStyle(svg).visibility === "visible";
  });
  document.body.setAttribute("data-visible-svgs", String(shown.length));
});
</script>"""

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.mark.chromium
def test_the_page_opens_in_chromium_without_errors_and_shows_both_pictures(tmp_path):
    page = tmp_path / "brief.html"
    page.write_text(render_html(BRIEF).replace("</body>", PROBE + "</body>"), encoding="utf-8")
    browser = chromium()
    profile = ["--user-data-dir=" + str(tmp_path / "profile")]
    dom = subprocess.run(
        [
            browser,
            *FLAGS,
            *profile,
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=3000",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert 'data-visible-svgs="2"' in dom.stdout
    console = [line for line in dom.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert console == []
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    shot = subprocess.run(
        [
            browser,
            *FLAGS,
            *profile,
            f"--screenshot={SCREENSHOT}",
            "--window-size=1280,2400",
            "--hide-scrollbars",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert shot.returncode == 0, shot.stderr[-2000:]
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert SCREENSHOT.stat().st_size > 20_000  # a rendered page, not a blank one


def test_quote_prints_evidence_with_code_point_offsets(tmp_path, capsys):
    source = tmp_path / "source.txt"
    source.write_text("𝔄 Kerry met Putin. Kerry left.", encoding="utf-8")
    assert main(["quote", str(source), "Putin"]) == 0
    assert json.loads(capsys.readouterr().out) == {"quote": "Putin", "start": 12, "end": 17}
    assert main(["quote", str(source), "Kerry"]) == 0
    found = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert found == [
        {
            "quote": "Kerry",
            "start": 2,
            "end": 7,
            "prefix": "𝔄 ",
            "suffix": " met Putin. Kerry left.",
        },
        {
            "quote": "Kerry",
            "start": 19,
            "end": 24,
            "prefix": "𝔄 Kerry met Putin. ",
            "suffix": " left.",
        },
    ]
    assert main(["quote", str(source), "Lavrov"]) == 1
    assert main(["quote", str(tmp_path / "missing.txt"), "x"]) == 2


def test_new_writes_a_valid_skeleton_for_a_source(tmp_path):
    out = tmp_path / "skeleton.brief.json"
    assert main(["new", str(SOURCE), "-o", str(out)]) == 0
    skeleton = bs.load(out, source_text=SOURCE.read_bytes().decode("utf-8"))
    assert (
        skeleton.source.sha256 == "3b0d8e4590c6d4ae97a285737ccd757c887307c3ede966f238cf0e9ca789d80c"
    )
    assert skeleton.title == "Moscow intransigent towards Washington on the Syria crisis"
    assert skeleton.id == "moscow-intransigent-syria-2013"
    created = skeleton.created
    assert created is not None and created.tzinfo is not None
    assert created.microsecond == 0
    now = dt.datetime.now(dt.UTC)
    assert now - dt.timedelta(minutes=5) < created <= now


@pytest.mark.parametrize("form", ["md", "html"])
def test_render_works_on_generated_briefs_too(form):
    @settings(max_examples=20, deadline=None)
    @given(briefs())
    def check(brief):
        text = render_markdown(brief) if form == "md" else render_html(brief)
        if form == "md":
            assert f"# {render._md(brief.title)}" in text
        else:
            assert f"<h1>{render._e(brief.title)}</h1>" in text
            ET.fromstring(stance_matrix_svg(brief))
            ET.fromstring(concession_svg(brief))

    check()


def changed_brief():
    """The base brief with Kerry's earlier position on the other side."""
    document = base()
    document["positions"][0]["stance"] = "supports"
    document["actors"][2]["country"] = "USA"
    document["concessions"][0]["reciprocity"] = {
        "status": "none",
        "description": "Nothing in return.",
    }
    document["issues"][1]["title"] = (
        "The future role of Bashar al-Assad in a transitional government"
    )
    return bs.from_dict(document)


def test_html_shows_the_history_of_a_changed_stance_in_the_list_and_the_matrix():
    brief = changed_brief()
    page = render_html(brief)
    assert '<div class="history">Earlier: supports (2013-05-01): Against.</div>' in page
    svg = stance_matrix_svg(brief)
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    assert len(root.findall(f"{ns}path")) == 1  # the one cell whose stance changed
    tips = [t.text for t in root.iter(f"{ns}title")]
    assert any(t.endswith("; earlier (2013-05-01): supports") for t in tips)


def test_labels_are_cut_at_a_word_and_keep_the_full_text_as_a_tooltip():
    svg = stance_matrix_svg(changed_brief())
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    labels = [t for t in root.iter(f"{ns}text") if t.find(f"{ns}title") is not None]
    cut = next(t for t in labels if t.find(f"{ns}title").text.startswith("The future role"))
    shown = "".join(cut.itertext()).removeprefix(cut.find(f"{ns}title").text)
    assert shown == "The future role of Bashar…"
    assert render._clip("short", 10) == "short"
    assert render._clip("a" * 40, 10) == "a" * 9 + "…"  # one long word: cut inside it


def test_html_shows_country_codes_reciprocity_and_concession_dates():
    page = render_html(changed_brief())
    assert "<b>United States</b> (state, USA)" in page
    assert "(verbal, made, 2013-05-07/2013-05-08) In exchange: none — Nothing in return." in page


def test_markdown_keeps_each_quotation_its_own_paragraph():
    document = base()
    document["issues"][0]["evidence"].append(dict(document["issues"][1]["evidence"][0]))
    html = MarkdownIt().render(render_markdown(bs.from_dict(document)))
    assert "<p>“Moscow” (source 19–25)</p>\n<p>“stance” (source 61–67)</p>" in html


def test_a_skeleton_passes_but_not_strictly_until_its_summary_is_written(tmp_path, capsys):
    out = tmp_path / "skeleton.brief.json"
    assert main(["new", str(SOURCE), "-o", str(out)]) == 0
    assert main(["validate", str(out)]) == 0
    assert main(["validate", "--strict", str(out)]) == 1
    assert (
        "error: $.summary: the summary is still the placeholder: write the brief's findings "
        "[placeholder]" in capsys.readouterr().out
    )


def test_a_long_chain_of_positions_shows_a_bounded_history():
    document = base()
    first = document["positions"][0]
    chain = [dict(first, id=f"p{k}", as_of="2013-05-01", evidence=[]) for k in range(30)]
    for k in range(1, 30):
        chain[k]["previous"] = f"p{k - 1}"
    document["positions"] = chain
    document["concessions"] = []
    page = render_html(bs.from_dict(document))
    assert page.count('<div class="history">') == 29
    assert page.count("supports (2013-05-01)") == 0  # every one of them opposes
    last = page[page.rindex('<div class="history">') :].split("</div>")[0]
    assert last.count("opposes (2013-05-01)") == render.HISTORY
    assert last.endswith("; and earlier positions")


def negotiated_brief():
    """The base brief with an exchange, a condition with a term, a term and quantities."""
    document = base()
    document["concessions"].append(
        {
            "id": "con-putin",
            "by": "putin",
            "to": ["kerry"],
            "issue": "assad-role",
            "description": "Refused less.",
            "kind": "verbal",
            "status": "proposed",
            "confidence": "low",
        }
    )
    concession = document["concessions"][0]
    concession["reciprocity"] = {"status": "expected", "in_return_for": ["con-putin"]}
    concession["conditions"] = [
        {
            "kind": "reversal",
            "description": "Restored if <violated>.",
            "about": ["putin"],
            "term": {"duration": "P60D"},
        }
    ]
    concession["term"] = {"duration": "P1Y6M", "bound": "at most", "starts_with": "ev-meet"}
    concession["quantities"] = [
        {
            "measure": "installed centrifuges",
            "from_value": "19000",
            "from_comparator": "about",
            "value": "6104",
            "unit": "centrifuges",
        },
        {"measure": "enrichment", "value": "3.67", "unit": "%", "comparator": "at most"},
    ]
    document["positions"][0]["conditions"] = [
        {"kind": "precondition", "description": "Only after a vote.", "about": ["con-soften"]}
    ]
    return bs.from_dict(document)


NEGOTIATED = [
    "In return for: Vladimir Putin: Refused less.",
    "Condition (reversal): Restored if &lt;violated&gt;. [Vladimir Putin], for 60 days",
    "Term: for at most 1 year 6 months, starting with: They met.",
    "Quantity: installed centrifuges: from about 19,000 to 6,104 centrifuges",
    "Quantity: enrichment: at most 3.67 %",
    "Condition (precondition): Only after a vote. [John Kerry: Softened.]",
]


def test_html_shows_exchanges_conditions_terms_and_quantities_in_words():
    page = render_html(negotiated_brief())
    for line in NEGOTIATED:
        assert f"<li>{line}</li>" in page
    assert "<violated>" not in page


def test_markdown_shows_exchanges_conditions_terms_and_quantities_as_sub_items():
    text = render_markdown(negotiated_brief())
    for line in NEGOTIATED:
        assert f"  - {line.replace('[', chr(92) + '[').replace(']', chr(92) + ']')}" in text
    tokens = MarkdownIt().parse(text)
    assert not [t for t in tokens if t.type.startswith("html")]


@pytest.mark.parametrize(
    ("duration", "words"),
    [
        ("P10Y", "10 years"),
        ("P1Y6M", "1 year 6 months"),
        ("P2W", "2 weeks"),
        ("PT48H", "48 hours"),
        ("P1DT30M", "1 day 30 minutes"),
        ("P1M", "1 month"),
    ],
)
def test_durations_are_written_in_words(duration, words):
    assert render._duration_words(duration) == words


def agreement_brief():
    """The negotiated brief with a coalition, a body, a document, stages and held judgments."""
    document = bs.to_dict(negotiated_brief())
    document["actors"][2].update(kind="coalition", members=["kerry", "putin"])
    document["actors"][0]["part_of"] = "us"
    document["documents"] = [
        {
            "id": "doc-deal",
            "title": "The Moscow deal",
            "kind": "agreement",
            "status": "in-force",
            "parties": ["us", "putin"],
            "signed": "2013-05-08",
            "in_force": "2013-06",
        }
    ]
    document["events"][0]["documents"] = ["doc-deal"]
    concession = document["concessions"][0]
    concession["under"] = "doc-deal"
    concession["stages"] = [
        {"status": "proposed", "date": "2013-05-07", "event": "ev-meet"},
        {"status": "made", "date": "2013-05-08"},
    ]
    position = document["positions"][2]
    position.update(addressed_to=["kerry"], salience="core")
    document["positions"][1]["concession"] = "con-soften"
    judgment = document["judgments"][0]
    judgment.update(
        holder="putin",
        horizon={"description": "in the short term", "duration": "P6M", "until": "2013-12"},
    )
    document["judgments"].append(
        {
            "id": "j-next",
            "statement": "More refusals.",
            "confidence": "low",
            "based_on": ["j-refusal"],
            "evidence": judgment["evidence"],
        }
    )
    brief = bs.from_dict(document, source_text=TEXT_OF_BASE)
    report = bs.validate(document, source_text=TEXT_OF_BASE)
    # valid: two objects uncited, and a person part_of an actor, which is warned about but
    # still shown as the brief says it
    assert {p.code for p in report.problems} == {"missing-evidence", "actor-kind-structure"}
    return brief


AGREED = [
    "Under: The Moscow deal",
    "Stages: proposed 2013-05-07 (They met.); made 2013-05-08",
    "Salience: core",
    "Addressed to: John Kerry",
    "On the concession: John Kerry: Softened.",
    "Held by: Vladimir Putin, not the analyst",
    "Horizon: in the short term (6 months), until 2013-12",
    "Rests on: Putin refused.",
]


def test_both_formats_show_documents_stages_demands_and_whose_judgment_it_is():
    brief = agreement_brief()
    page = render_html(brief)
    text = render_markdown(brief)
    for line in AGREED:
        assert f"<li>{line}</li>" in page
        assert f"  - {line}" in text
    deal = (
        "The Moscow deal (agreement, in-force); parties: United States; Vladimir Putin; "
        "signed 2013-05-08, in force 2013-06"
    )
    assert f"<h2>Agreements and documents</h2><ul><li>{deal}</li></ul>" in page
    assert f"- {deal}" in text
    assert "They met. (concerning The Moscow deal)" in page
    assert "(concerning The Moscow deal)" in text
    assert "<b>United States</b> (coalition, USA); members: John Kerry; Vladimir Putin" in page
    assert "Secretary of State, United States, from 2013-02-01; part of United States" in text


def test_a_matrix_wider_than_its_cells_is_refused_before_it_is_drawn():
    brief = BRIEF
    actors, issues = render._matrix_axes(brief, render._latest_positions(brief))
    cells = len(actors) * len(issues)
    assert stance_matrix_svg(brief, max_cells=cells).startswith("<svg")
    with pytest.raises(ValueError) as refused:
        stance_matrix_svg(brief, max_cells=cells - 1)
    assert str(refused.value) == (
        f"the matrix would have {len(actors):,} actors by {len(issues):,} issues, over "
        f"{cells - 1:,} cells (max_cells)"
    )


def test_the_concession_diagram_joins_each_concession_to_what_it_was_given_for():
    brief = negotiated_brief()
    given = [
        (index, ref)
        for index, concession in enumerate(brief.concessions)
        if concession.reciprocity is not None
        for ref in concession.reciprocity.in_return_for
    ]
    assert given  # the negotiated brief exchanges at least one concession
    root = ET.fromstring(concession_svg(brief))
    ns = "{http://www.w3.org/2000/svg}"
    exchanges = [p for p in root.iter(f"{ns}path") if p.get("class") == "exchange"]
    assert len(exchanges) == len(given)
    rows = {c.id: i for i, c in enumerate(brief.concessions)}
    for path, (index, ref) in zip(exchanges, given, strict=True):
        start_y = int(path.get("d").split(",")[1].split()[0])
        end_y = int(path.get("d").rsplit(",", 1)[1])
        assert (start_y, end_y) == (14 + index * 64 + 17, 14 + rows[ref] * 64 + 17)
        assert path.get("marker-end") == "url(#arrow)"
        assert " in return for " in path.find(f"{ns}title").text
    assert "curved: given in return for" in render_html(brief)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("0", "0"),
        ("999", "999"),
        ("1000", "1,000"),
        ("19000", "19,000"),
        ("-1234567.891", "-1,234,567.891"),
        ("3.67", "3.67"),
        ("1" + "0" * 9, "1,000,000,000"),
        ("not a number", "not a number"),
    ],
)
def test_amounts_are_grouped_by_thousands_as_text(value, shown):
    assert render._view.amount(value) == shown


def test_an_amount_of_any_length_is_grouped_not_refused():
    digits = "9" * 100_000  # past int()'s 4,300 digits: built in Python, never checked
    assert render._view.amount(digits).replace(",", "") == digits
