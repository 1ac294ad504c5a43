"""The ``funding`` command line.

    funding fetch                      download the sources and reference data into data/raw/
    funding add-source FILE_OR_URL …   add a source of your own (data/raw/ and data/user_sources.csv)
    funding sources                    list every source and its status (verified, found, changed, missing)
    funding tables --out DIR           write every tidy table as CSV
    funding parse-awards FILE [--round R] [--allow-inexact] [--json]
                                       print one award list's awards (any layout); layout and unassigned lines to stderr
    funding read-release FILE [--published DATE] [--source-id ID] [--json]
                                       read one local release and print its facts (the release tables)
    funding figures --out DIR          write every chart and map as SVG and PNG, and its numbers as CSV
    funding export-360giving --out DIR write the award list in the 360Giving Data Standard
    funding datapackage --out DIR      write the Frictionless data package descriptor
    funding workbook --tables DIR      write every table of the data package into one Excel workbook
    funding report --out DIR           build the static report site
    funding notebooks execute|sync NB  re-execute notebooks in place, or sync their .py pairs

Commands that draw or publish (figures, export-360giving, datapackage, report)
work from the built tables in ``--tables`` (default ``data/processed``, the
output of ``funding tables``), so they never re-read the sources.

Bad input is reported as one line, ``funding: error: FILE:LINE: found …; expected …``,
with exit status 2 and no traceback. An error that is a bug in funding rather than bad input is
also one line and exit status 2, naming the input and the error (``FUNDING_TRACEBACK=1`` re-raises
it with its traceback).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from funding.errors import SourceError


def _cmd_parse_awards(args) -> int:
    from funding.parse.awards import LAYOUTS, parse_award_list
    from funding.core.money import format_pounds
    from funding.core.fileio import read_bytes_limited
    from funding.core.text import MAX_SOURCE_BYTES, normalise

    path = Path(args.file)  # '-' is standard input
    data = read_bytes_limited(args.file, MAX_SOURCE_BYTES, what="an award-list file (" + ", ".join(LAYOUTS) + ")")
    al = parse_award_list(data, str(path), args.round, allow_inexact=args.allow_inexact)
    print(f"{path}: read as {al.layout}", file=sys.stderr)
    if args.json:
        out = [
            {
                "layout": al.layout, "round": a.round, "pcc": a.pcc, "pfa_code": a.pfa_code, "pfa_name": a.pfa_name,
                "bids": a.bids, "amount_pence": a.amount_pence, "amount_qualifier": a.amount_qualifier,
                "low_pence": a.low_pence, "high_pence": a.high_pence,
                "years": [{"financial_year": y.financial_year, "amount_pence": y.amount_pence} for y in a.years],
                "source_line": a.source_line,
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
            bids = f"{a.bids:>2} bid(s)" if a.bids is not None else " bids not printed"
            qual = "" if a.amount_qualifier == "exact" else f" ({a.amount_qualifier})"
            print(f"{a.source_line:>4}  {a.pfa_code}  {a.pfa_name:<{width}}  {bids}  {format_pounds(a.amount_pence):>14}{qual}  {len(a.initiatives)} initiative(s)")
        summary = f"{len(al.awards)} awards, {al.total_bids} bids, total {format_pounds(al.total_pence)}"
        if al.stated_total_pence is not None:
            summary += f"; stated total {format_pounds(al.stated_total_pence)} reconciled"
        print(summary)
    if al.layout not in ("xlsx", "ods"):
        raw_lines = normalise(data.decode("utf-8-sig", "replace")).split("\n")
        for l in al.unassigned:
            excerpt = raw_lines[l.line - 1].strip()[:100] if 0 < l.line <= len(raw_lines) else ""
            print(f"{path}:{l.line}: unassigned ({l.note or 'not part of any award'}): {excerpt}", file=sys.stderr)
    return 0


def _cmd_read_release(args) -> int:
    import warnings

    from funding.core.dates import check_publication_date
    from funding.core.fileio import STDIN, read_bytes_limited
    from funding.core.text import MAX_SOURCE_BYTES, decode
    from funding.parse.releases import extract_release
    from funding.tables.releases import release_json, release_tables

    if args.published:
        check_publication_date(args.published)  # 2022-13-45 or 30 February is refused, not made a year
    name = "standard input" if args.file == STDIN else args.file
    # size, kind (FIFO, directory, device) and reach checked before a byte is read, as for award lists
    data = read_bytes_limited(args.file, MAX_SOURCE_BYTES, what="a release file (text, Markdown or HTML)", source=name)
    text = decode(data, name)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        release = extract_release(text, args.source_id or name, published=args.published or "")
    for w in caught:
        print(f"funding: warning: {w.message}", file=sys.stderr)
    tables = release_json(release_tables(release))
    if args.json:
        json.dump(tables, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for name, rows in tables.items():
            print(f"{name}: {len(rows)} row(s)")
            for r in rows:
                # a zero is a value (£0, 0 sessions): only empty cells are left out (0 == False in Python)
                print("  " + "  ".join(f"{k}={v}" for k, v in r.items()
                                       if not (v is None or v == "" or v is False) and k != "source_id"))
    return 0


def _project_path(*parts: str) -> Path:
    from funding.sources.mirror import PROJECT_ROOT

    return PROJECT_ROOT.joinpath(*parts)


def _tables_folder(args) -> Path:
    """The folder of built tables ``--tables`` names (default ``data/processed``); a folder that is
    not there, or lacks one of the tables ``funding tables`` writes, is refused naming the first
    one missing (checked before any work starts: the files are not read here)."""
    from funding.core.fileio import describe_path
    from funding.pipeline import PROCESSED_DIR
    from funding.tables.reading import built_table_names

    folder = Path(args.tables) if args.tables else PROCESSED_DIR
    if not folder.is_dir():
        raise SourceError(str(folder), None, describe_path(folder), "a folder of built tables (`funding tables --out FOLDER`)")
    for name in built_table_names():
        if not (folder / f"{name}.csv").is_file():
            raise SourceError(str(folder / f"{name}.csv"), None, "no such file",
                              "every table `funding tables` writes, in one folder (run `make tables`)")
    return folder


def _load_tables(args) -> dict:
    """The built tables of ``--tables`` (:func:`_tables_folder`)."""
    from funding.pipeline import load_tables

    return load_tables(_tables_folder(args))


def _load_shapes() -> dict:
    from funding.pipeline import load_shapes
    from funding.viz.figures import GEOMETRIES

    return {g: load_shapes(g) for g in GEOMETRIES}


def _check_out_folder(out: str) -> None:
    """Refuse an --out that exists and is not a folder before any work is done."""
    from funding.core.fileio import describe_path

    if os.path.lexists(out) and not os.path.isdir(out):
        raise SourceError(out, None, describe_path(out), "a folder for the output (or a path where one can be made)")


def _cmd_tables(args) -> int:
    from funding.pipeline import NO_SOURCES_LINE, build_tables, sources_available
    from funding.tables import write_tables

    _check_out_folder(args.out)
    tables = build_tables()
    if not sources_available():
        print(NO_SOURCES_LINE, file=sys.stderr)
    for path in write_tables(tables, args.out):
        print(path)
    return 0


def _cmd_fetch(args) -> int:
    from funding.pipeline import fetch_checked

    problems = 0
    progress = lambda line: print(line, file=sys.stderr, flush=True)  # noqa: E731
    for r in fetch_checked(args.out, deadline=args.deadline, progress=progress):
        line = f"{r.status:>8}  {r.source_id}  {r.path or ''}  {r.detail}".rstrip()
        if r.status in ("verified", "checked"):
            print(line)
        else:
            problems += r.status in ("differs", "failed")
            print(line, file=sys.stderr)
            for d in r.differences:
                print(f"          {d}", file=sys.stderr)
    if problems:
        print(f"funding: error: {problems} download(s) differ from the manifest or failed; nothing was replaced", file=sys.stderr)
        return 2
    return 0


def _cmd_add_source(args) -> int:
    from funding.sources.fetch import add_source

    e = add_source(
        args.file_or_url, kind=args.kind, publisher=args.publisher, published=args.published, title=args.title,
        licence=args.licence, round=args.round, source_id=args.id,
    )
    print(f"added {e.source_id}: {e.file} (sha256 {e.sha256}); `make tables` includes it")
    return 0


def _cmd_sources(args) -> int:
    from funding.pipeline import source_statuses

    for source_id, kind, status, where in source_statuses():
        print(f"{status:<8}  {kind:<13}  {source_id}  {where}")
    return 0


def _cmd_figures(args) -> int:
    from pathlib import Path

    from funding.viz.figures import write_chart_data, write_figures

    _check_out_folder(args.out)
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
    from funding.publish.opendata import REGISTER_TABLE, write_datapackage

    out = Path(args.out)
    if not sorted(p for p in out.glob("*.csv") if p.stem != REGISTER_TABLE):
        from funding.core.fileio import describe_path

        found = describe_path(out) if not out.is_dir() else "a folder with no table CSVs"
        raise SourceError(str(out), None, found, "the folder of CSVs `funding tables --out` wrote")
    try:
        print(write_datapackage(out))
    except ValueError as exc:  # an undocumented or changed CSV in the folder
        raise SourceError(str(out), None, str(exc).removeprefix(f"{out}: "), "only documented tables") from None
    return 0


def _cmd_workbook(args) -> int:
    from funding.publish.workbook import write_workbook

    print(write_workbook(args.tables, args.out))
    return 0


def _cmd_report(args) -> int:
    from funding.publish.report import build_report

    notebook_dir = Path(args.notebooks) if args.notebooks else _project_path("notebooks")
    _tables_folder(args)  # a missing or incomplete folder is refused before the notebook process starts
    # The loaders, not what they load: the report starts its notebook process first (two cores).
    print(build_report(args.out, lambda: _load_tables(args), _load_shapes, notebook_dir=notebook_dir))
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

    p = sub.add_parser("parse-awards", help="parse one award list (any layout: text, HTML, markdown, CSV, TSV, XLSX, ODS) and print its awards")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print the awards and their initiatives as JSON")
    p.add_argument("--allow-inexact", action="store_true", help="keep inexact amounts (£2 million, up to £…) with their qualifier and bounds instead of refusing them")
    p.add_argument("--round", default="", help="the funding round to record, e.g. 2021-22")
    p.set_defaults(func=_cmd_parse_awards)

    p = sub.add_parser("read-release", help="read one local release and print its facts (the release tables)")
    p.add_argument("file")
    p.add_argument("--published", help="publication date, or month and year (gives the round when the release does not)")
    p.add_argument("--source-id", help="source id to put in the rows (default: the file's path)")
    p.add_argument("--json", action="store_true", help="print one JSON object: {table: [row, …]}")
    p.set_defaults(func=_cmd_read_release)

    p = sub.add_parser("tables", help="write every tidy table as CSV")
    p.add_argument("--out", default="data/processed")
    p.set_defaults(func=_cmd_tables)

    p = sub.add_parser("fetch", help="download the sources and reference data into data/raw/")
    p.add_argument("--out", default=None)
    p.add_argument("--deadline", type=float, default=60.0, help="seconds each download may take in all (default 60)")
    p.set_defaults(func=_cmd_fetch, live_stderr=True)

    p = sub.add_parser("add-source", help="add a source of your own: copy or download it, record it in the user manifest")
    p.add_argument("file_or_url")
    p.add_argument("--kind", required=True, choices=["award-list", "local-release"])
    p.add_argument("--publisher", required=True)
    p.add_argument("--published", required=True, help="publication date, e.g. 2023-05-04")
    p.add_argument("--title", default="")
    p.add_argument("--licence", default="")
    p.add_argument("--round", default="", help="the funding round of an award list, e.g. 2022-23")
    p.add_argument("--id", default="", help="the source id (default: made from publisher, date and file name)")
    p.set_defaults(func=_cmd_add_source)

    p = sub.add_parser("sources", help="list every source and its status (verified, found, changed, missing)")
    p.set_defaults(func=_cmd_sources)

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

    p = sub.add_parser("workbook", help="write every table of the data package into one Excel workbook")
    p.add_argument("--tables", default="data/processed", help="folder of datapackage.json and its CSVs (funding datapackage)")
    p.add_argument("--out", default=None, help="the .xlsx to write (default: funding_tables.xlsx in --tables)")
    p.set_defaults(func=_cmd_workbook)

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


def _error(message: str) -> int:
    """Print the one-line error on stderr, whatever its encoding can show; exit status 2."""
    line = f"funding: error: {message}\n"
    try:
        sys.stderr.write(line)
        sys.stderr.flush()
    except UnicodeEncodeError:
        sys.stderr.write(line.encode("ascii", "backslashreplace").decode("ascii"))
    except OSError:
        pass
    return 2


def _emit(text: str) -> None:
    """Write a command's whole standard output at once, after checking it can be encoded,
    so that an output that cannot show '£' gets the error and not half the lines."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError as exc:
        bad = exc.object[exc.start : exc.end]
        raise SourceError(
            "standard output", None, f"an {encoding} output that cannot show {bad!r}", "an output encoding such as UTF-8",
            hint="set PYTHONIOENCODING=utf-8 or a UTF-8 locale such as LC_ALL=C.UTF-8",
        ) from None
    sys.stdout.write(text)
    sys.stdout.flush()


def _silence_stdout() -> None:
    """After standard output failed, point it at /dev/null so that the interpreter's final
    flush does not print a second complaint."""
    import contextlib

    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def main(argv: list[str] | None = None) -> int:
    """Run one command; every failure is one line on stderr and exit status 2.

    Bad input (SourceError) and operating-system errors (permission, not a folder,
    disk full, an output that cannot encode the text) give the same one-line message.
    """
    import contextlib
    import io

    from funding.core.fileio import os_error

    args = build_parser().parse_args(argv)
    buffer = io.StringIO()
    # Notes on stderr (the layout read, unassigned lines, warnings) follow the output once it
    # is written, so that a failure anywhere leaves exactly one line: the error.  A command
    # whose notes are progress (fetch) sets live_stderr and writes them as it goes.
    notes = None if getattr(args, "live_stderr", False) else io.StringIO()
    try:
        with contextlib.redirect_stdout(buffer), (contextlib.redirect_stderr(notes) if notes is not None else contextlib.nullcontext()):
            status = args.func(args)
        try:
            _emit(buffer.getvalue())
        except BrokenPipeError:  # `funding parse-awards … | head`
            _silence_stdout()
            return 0
        except OSError as exc:  # /dev/full, a closed terminal
            _silence_stdout()
            exc.filename = exc.filename or "standard output"
            raise
        if notes is not None and notes.getvalue():
            sys.stderr.write(notes.getvalue())
            sys.stderr.flush()
        return status
    except SourceError as exc:
        return _error(exc.message)
    except OSError as exc:
        return _error(os_error(exc).message)
    except MemoryError:
        return _error("memory: found 'not enough memory'; expected inputs within the documented size limits")
    except KeyboardInterrupt:
        _error("interrupted: no table, data or report file was left partly written")
        return 130
    except Exception as exc:  # a bug in funding, not bad input: still one line, naming the input; the traceback on request
        if os.environ.get("FUNDING_TRACEBACK"):
            raise
        where = getattr(args, "file", None) or args.command
        said = " ".join(f"{type(exc).__name__}: {exc}".split())
        return _error(f"{where}: found an internal error ({said}); expected none: this is a bug in funding, "
                      "please report it with this input (FUNDING_TRACEBACK=1 shows the traceback)")

if __name__ == "__main__":
    sys.exit(main())
