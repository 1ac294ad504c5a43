"""The ``funding`` command line.

    funding fetch                      download the sources and reference data into data/raw/
    funding tables --out DIR           write every tidy table as CSV
    funding parse-awards FILE [--json] print one award list's awards; unassigned lines to stderr
    funding figures --out DIR          write every chart and map as SVG and PNG, and its numbers as CSV
    funding export-360giving --out DIR write the award list in the 360Giving Data Standard
    funding datapackage --out DIR      write the Frictionless data package descriptor
    funding report --out DIR           build the static report site
    funding notebooks execute|sync NB  re-execute notebooks in place, or sync their .py pairs

Commands that draw or publish (figures, export-360giving, datapackage, report)
work from the built tables in ``--tables`` (default ``data/processed``, the
output of ``funding tables``), so they never re-read the sources.

Bad input is reported as one line, ``funding: error: FILE:LINE: found …; expected …``,
with exit status 2 and no traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from funding.errors import SourceError


def _cmd_parse_awards(args) -> int:
    from funding.parse.awards import parse_award_list
    from funding.core.money import format_pounds
    from funding.core.text import decode, normalise

    path = Path(args.file)
    if path.is_dir():
        raise SourceError(str(path), None, "a directory", "an award-list file (text or HTML)")
    if not path.is_file():
        raise SourceError(str(path), None, "no such file", "a readable award-list file (text or HTML)")
    text = decode(path.read_bytes(), str(path))
    al = parse_award_list(text, str(path), args.round)
    if args.json:
        out = [
            {
                "round": a.round, "pcc": a.pcc, "pfa_code": a.pfa_code, "pfa_name": a.pfa_name, "bids": a.bids,
                "amount_pence": a.amount_pence, "source_line": a.source_line,
                "initiatives": [
                    {"initiative_no": i.initiative_no, "source_line": i.source_line, "text": i.text} for i in a.initiatives
                ],
            }
            for a in al.awards
        ]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        width = max(len(a.pfa_name) for a in al.awards)
        for a in al.awards:
            print(f"{a.source_line:>4}  {a.pfa_code}  {a.pfa_name:<{width}}  {a.bids:>2} bid(s)  {format_pounds(a.amount_pence):>14}  {len(a.initiatives)} initiative(s)")
        print(f"{len(al.awards)} awards, {al.total_bids} bids, total {format_pounds(al.total_pence)}")
    raw_lines = normalise(text).split("\n")
    for l in al.unassigned:
        excerpt = raw_lines[l.line - 1].strip()[:100] if 0 < l.line <= len(raw_lines) else ""
        print(f"{path}:{l.line}: unassigned ({l.note or 'not part of any award'}): {excerpt}", file=sys.stderr)
    return 0


def _project_path(*parts: str) -> Path:
    from funding.sources.mirror import PROJECT_ROOT

    return PROJECT_ROOT.joinpath(*parts)


def _load_tables(args) -> dict:
    from funding.pipeline import load_tables

    return load_tables(args.tables)


def _load_shapes() -> dict:
    from funding.pipeline import load_shapes
    from funding.viz.figures import GEOMETRIES

    return {g: load_shapes(g) for g in GEOMETRIES}


def _cmd_tables(args) -> int:
    from funding.pipeline import build_tables
    from funding.tables import write_tables

    for path in write_tables(build_tables(), args.out):
        print(path)
    return 0


def _cmd_fetch(args) -> int:
    from funding.sources import fetch

    problems = 0
    for r in fetch(Path(args.out) if args.out else None):
        line = f"{r.status:>8}  {r.source_id}  {r.path or ''}  {r.detail}".rstrip()
        if r.status == "verified":
            print(line)
        else:
            problems += r.status in ("differs", "failed")
            print(line, file=sys.stderr)
    if problems:
        print(f"funding: error: {problems} download(s) differ from the manifest or failed; nothing was replaced", file=sys.stderr)
        return 2
    return 0


def _cmd_figures(args) -> int:
    from pathlib import Path

    from funding.viz.figures import write_chart_data, write_figures

    tables = _load_tables(args)
    for path in write_figures(args.out, tables, _load_shapes()):
        print(path)
    for path in write_chart_data(Path(args.out) / "data", tables):  # each chart's numbers, as drawn
        print(path)
    return 0


def _cmd_export_360giving(args) -> int:
    from funding.publish.opendata import export_360giving

    for path in export_360giving(args.out, _load_tables(args)):
        print(path)
    return 0


def _cmd_datapackage(args) -> int:
    from funding.publish.opendata import write_datapackage

    print(write_datapackage(args.out))
    return 0


def _cmd_report(args) -> int:
    from funding.publish.report import build_report

    notebook_dir = Path(args.notebooks) if args.notebooks else _project_path("notebooks")
    print(build_report(args.out, _load_tables(args), _load_shapes(), notebook_dir=notebook_dir))
    return 0


def _cmd_notebooks(args) -> int:
    from funding.publish import notebooks

    fn = notebooks.execute if args.action == "execute" else notebooks.sync
    for path in fn(args.notebooks):
        print(path)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="funding", description="UK domestic abuse perpetrator funding: tables, figures and report.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse-awards", help="parse one award list (text or HTML) and print its awards")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print the awards and their initiatives as JSON")
    p.add_argument("--round", default="", help="the funding round to record, e.g. 2021-22")
    p.set_defaults(func=_cmd_parse_awards)

    p = sub.add_parser("tables", help="write every tidy table as CSV")
    p.add_argument("--out", default="data/processed")
    p.set_defaults(func=_cmd_tables)

    p = sub.add_parser("fetch", help="download the sources and reference data into data/raw/")
    p.add_argument("--out", default=None)
    p.set_defaults(func=_cmd_fetch)

    p = sub.add_parser("figures", help="write every chart and map as SVG and PNG")
    p.add_argument("--out", default="reports/figures")
    p.add_argument("--tables", default="data/processed", help="folder of the built tables (funding tables)")
    p.set_defaults(func=_cmd_figures)

    p = sub.add_parser("export-360giving", help="write the award list as 360Giving JSON and CSV")
    p.add_argument("--out", default="data/processed/360giving")
    p.add_argument("--tables", default="data/processed", help="folder of the built tables (funding tables)")
    p.set_defaults(func=_cmd_export_360giving)

    p = sub.add_parser("datapackage", help="write the Frictionless data package descriptor")
    p.add_argument("--out", default="data/processed")
    p.set_defaults(func=_cmd_datapackage)

    p = sub.add_parser("report", help="build the static report site")
    p.add_argument("--out", default="reports")
    p.add_argument("--tables", default="data/processed", help="folder of the built tables (funding tables)")
    p.add_argument("--notebooks", default=None, help="folder of the notebooks (default: the project's notebooks/)")
    p.set_defaults(func=_cmd_report)

    p = sub.add_parser("notebooks", help="re-execute notebooks in place, or sync their py:percent pairs")
    p.add_argument("action", choices=["execute", "sync"])
    p.add_argument("notebooks", nargs="+")
    p.set_defaults(func=_cmd_notebooks)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except SourceError as exc:
        print(f"funding: error: {exc.message}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `funding parse-awards … | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
