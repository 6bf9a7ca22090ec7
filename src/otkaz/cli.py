"""Command line: each command is a thin wrapper over a public library function of the same name."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from otkaz import __version__

DEFAULT_DB = "otkaz.db"
ACT_HELP = "desertion, mutiny, refusal, enforcement or prosecution; repeat for several."


def _db_option(func):  # type: ignore[no-untyped-def]
    return click.option(
        "--db",
        default=DEFAULT_DB,
        show_default=True,
        envvar="OTKAZ_DB",
        help="SQLite path or postgresql:// URL.",
    )(func)


@click.group()
@click.version_option(__version__, prog_name="otkaz")
def cli() -> None:
    """otkaz: incidents of desertion, mutiny, refusal and enforcement, with evidence."""


@cli.command()
@click.argument("articles", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Prediction JSONL (default: standard output).")
@click.option("--no-link", is_flag=True, help="Leave every cluster null (skip cross-article linking).")
def extract(articles: Path, output: Path | None, no_link: bool) -> None:
    """Extract incidents and statistics from codebook article JSONL."""
    from otkaz.runners.extract import extract as run_extract

    report = run_extract(articles, output, link=not no_link)
    sys.exit(0 if report.ok else 1)


@cli.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("pred", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--explain", is_flag=True, help="List missed and extra incidents and wrong fields per article.")
@click.option("--json", "as_json", is_flag=True, help="Print metrics as JSON.")
def eval_command(gold: Path, pred: Path, explain: bool, as_json: bool) -> None:
    """Score predictions against gold with the codebook's section-7 rules."""
    from otkaz.eval import evaluate_files, render_report

    report = evaluate_files(gold, pred)
    click.echo(render_report(report, explain=explain, as_json=as_json))
    if report.errors:  # lines were left out: the scores above do not cover the whole file
        click.echo(f"{len(report.errors)} unreadable line(s) or file(s) were left out of the scores "
                   "(see above)", err=True)
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@_db_option
@click.option("--mapping", default=None, help="CSV column mapping, e.g. text=body,url=link.")
def ingest(paths: tuple[str, ...], db: str, mapping: str | None) -> None:
    """Ingest files, directories, URLs, feeds, Telegram exports or WARC archives into the database."""
    from otkaz.runners.ingest import ingest as run_ingest

    report = run_ingest(list(paths), db=db, mapping=mapping)
    sys.exit(0 if report.ok else 1)


@cli.command()
@click.argument("sources", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_db_option
@click.option("--interval", default="10m", show_default=True, help="Poll interval: 30s, 10m, 1h.")
@click.option("--once", is_flag=True, help="Poll every source once and exit.")
def watch(sources: Path, db: str, interval: str, once: bool) -> None:
    """Poll feeds and URLs, ingesting what is new, until stopped.

    SOURCES is a UTF-8 text file: one feed URL, page URL or local path per line; # starts a comment.
    """
    from otkaz.runners.watch import watch as run_watch

    report = run_watch(sources, db=db, interval=interval, once=once)
    if once and report.errors:  # a script or cron job must see that sources failed
        sys.exit(1)


@cli.command()
@_db_option
@click.option("--act", "acts", multiple=True, help=ACT_HELP)
@click.option("--from", "date_from", default=None, help="Earliest date, YYYY-MM-DD.")
@click.option("--to", "date_to", default=None, help="Latest date, YYYY-MM-DD.")
@click.option("--country", default=None, help="ISO 3166-1 alpha-2 code, e.g. RU.")
@click.option("--admin1", default=None, help="ISO 3166-2 region code, e.g. RU-ZAB.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="table for reading; csv or json for other tools.")
@click.option("--limit", type=click.IntRange(min=1), default=200, show_default=True,
              help="Show at most this many, newest first.")
def incidents(db: str, acts: tuple[str, ...], date_from: str | None, date_to: str | None,
              country: str | None, admin1: str | None, fmt: str, limit: int) -> None:
    """List stored incidents."""
    from otkaz.store.listing import incidents as list_incidents

    click.echo(list_incidents(db, acts=list(acts), date_from=date_from, date_to=date_to,
                              country=country, admin1=admin1, fmt=fmt, limit=limit), nl=False)


@cli.command()
@click.argument("incident_id")
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print the full record as JSON.")
def incident(incident_id: str, db: str, as_json: bool) -> None:
    """Show one canonical incident with its reports, per-field values and link reasons."""
    from otkaz.store.listing import incident as show_incident

    click.echo(show_incident(db, incident_id, as_json=as_json), nl=False)


@cli.command()
@click.argument("keep_id")
@click.argument("other_id")
@_db_option
def merge(keep_id: str, other_id: str, db: str) -> None:
    """Merge incident OTHER_ID into KEEP_ID (the linker missed that they are one); OTHER_ID redirects."""
    from otkaz.runners.curate import merge as run_merge

    click.echo(run_merge(db, keep_id, other_id), nl=False)


@cli.command()
@click.argument("incident_id")
@click.argument("report_ids", nargs=-1, required=True)
@_db_option
def split(incident_id: str, report_ids: tuple[str, ...], db: str) -> None:
    """Move REPORT_IDS out of INCIDENT_ID into a new incident (the linker wrongly joined them)."""
    from otkaz.runners.curate import split as run_split

    click.echo(run_split(db, incident_id, list(report_ids)), nl=False)


@cli.command()
@click.argument("text")
@click.option("--language", type=click.Choice(["ru", "uk", "en"]), default=None,
              help="Language of TEXT (default: detected).")
def locate(text: str, language: str | None) -> None:
    """Show place candidates in TEXT, the chosen event place and why.

    TEXT "-" reads standard input (for texts too long for the command line).
    """
    from otkaz.geo import locate as run_locate

    if text == "-":
        text = sys.stdin.read()

    click.echo(run_locate(text, language=language))


@cli.group()
def gazetteer() -> None:
    """The offline gazetteer and the user's own additions."""


@gazetteer.command("add")
@click.argument("name")
@click.option("--admin1", required=True, help="ISO 3166-2 code, e.g. RU-ZAB.")
@click.option("--lat", type=click.FloatRange(-90, 90), required=True, help="Latitude, WGS84.")
@click.option("--lon", type=click.FloatRange(-180, 180), required=True, help="Longitude, WGS84.")
@click.option("--country", default=None, help="ISO alpha-2 (default: from admin1).")
@click.option("--alias", "aliases", multiple=True, help="Other spellings, e.g. Russian.")
def gazetteer_add(name: str, admin1: str, lat: float, lon: float, country: str | None,
                  aliases: tuple[str, ...]) -> None:
    """Add a settlement the built-in gazetteer lacks.

    It is kept in gazetteer.csv under $OTKAZ_HOME (default ~/.local/share/otkaz).
    """
    from otkaz.geo import gazetteer_add as add

    click.echo(add(name, admin1=admin1, lat=lat, lon=lon, country=country, aliases=list(aliases)))


@cli.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "acled", "geojson", "parquet"]), required=True,
              help="csv: otkaz columns; acled: ACLED layout; geojson: RFC 7946; parquet: GeoParquet.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="File to write (replaced only when the export succeeds).")
@click.option("--act", "acts", multiple=True, help=ACT_HELP)
@click.option("--from", "date_from", default=None, help="Earliest date, YYYY-MM-DD.")
@click.option("--to", "date_to", default=None, help="Latest date, YYYY-MM-DD.")
@click.option("--country", default=None, help="ISO 3166-1 alpha-2 code, e.g. RU.")
@click.option("--admin1", default=None, help="ISO 3166-2 region code, e.g. RU-ZAB.")
def export(db: str, fmt: str, output: Path, acts: tuple[str, ...], date_from: str | None,
           date_to: str | None, country: str | None, admin1: str | None) -> None:
    """Export incidents as CSV, ACLED-layout CSV, GeoJSON or GeoParquet."""
    from otkaz.export import export as run_export

    n = run_export(db, fmt, output, acts=list(acts), date_from=date_from, date_to=date_to,
                   country=country, admin1=admin1)
    click.echo(f"wrote {n} incidents to {output}", err=True)


@cli.group()
def publish() -> None:
    """Publish the database for other tools."""


@publish.command("datasette")
@_db_option
@click.option("-d", "--directory", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help="Where to write the two YAML files.")
def publish_datasette(db: str, directory: Path) -> None:
    """Write metadata.yaml and datasette.yaml for `datasette otkaz.db`."""
    from otkaz.export.datasette import publish_datasette as run_publish

    for path in run_publish(db, directory):
        click.echo(str(path))


@cli.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 exposes the database to your network.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True,
              help="TCP port to listen on.")
def serve(db: str, host: str, port: int) -> None:
    """Serve the REST API and the web map."""
    from otkaz.api import serve as run_serve

    run_serve(db, host=host, port=port)


@cli.command()
@_db_option
def demo(db: str) -> None:
    """Build the database from the bundled demo articles and print what was found."""
    from otkaz.runners.demo import demo as run_demo

    run_demo(db)


@cli.group()
def floors() -> None:
    """The evaluation gate's pinned floors."""


@floors.command("raise")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("pred", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--file", "floors_file", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("tests/eval_floors.json"), show_default=True,
              help="The floors JSON to update.")
@click.option("--margin", type=click.FloatRange(0, 1), default=0.01, show_default=True,
              help="Pin this much below the measured value.")
def floors_raise(gold: Path, pred: Path, floors_file: Path, margin: float) -> None:
    """Raise floors to the measured metrics (minus a margin); never lowers one."""
    from otkaz.eval import evaluate_files
    from otkaz.eval.floors import raise_floors

    if evaluate_files(gold, pred).errors:  # a floor pinned on a half-read file would be a lie
        raise click.ClickException("floors not raised: fix the unreadable lines listed above first")
    try:
        lines = raise_floors(gold, pred, floors_file, margin=margin)
    except (OSError, ValueError) as exc:  # a missing folder, or a floors file that is not JSON
        reason = getattr(exc, "strerror", None) or " ".join(str(exc).split())
        raise click.ClickException(f"{floors_file}: {reason} (pass --file with a floors JSON "
                                   "path)") from None
    for line in lines:
        click.echo(line)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
