"""bench/check.mjs's 9-column contract (CONTRACT there) as pandera runs it on pandas: a reference
for `datagate check`, read included. Not run in CI (needs pandas and pandera; see bench/README.md).

    python3 bench/pandera-check.py <csv> [pandera|pandas]

`pandera`: pd.read_csv, then a DataFrameSchema validated lazily (every failure collected, as
`check` reports every violation). `pandas`: the same nine columns' rules as plain vectorised pandas
operations after the same read (what pandera runs underneath, without its bookkeeping).
Prints one JSON line: the tool's versions, seconds for import, read and validation, the rows and
the failure count per rule (all zero on the bench file).
"""

import json
import sys
import time

start = time.perf_counter()
import pandas as pd  # noqa: E402

COUNTRIES = ["US", "DE", "FR", "GB", "IN", "BR", "JP", "CN", "CA", "AU",
             "ES", "IT", "MX", "NL", "SE", "PL", "KR", "ZA", "AR", "NG"]
PLANS = ["free", "basic", "pro", "enterprise"]
LOW = pd.Timestamp("2023-01-01", tz="UTC")
HIGH = pd.Timestamp("2024-01-01", tz="UTC")
MAX_NULLS = 0.05


def pandera_schema(pa):
    """The contract: a dtype on each of the nine columns (coerced where read_csv infers another
    one: integers with nulls read as float64, booleans with nulls as object, timestamps as text),
    nulls, ranges, allowed values, a unique id; max_null_fraction as a column check that sees the
    nulls (ignore_na=False)."""
    null_share = pa.Check(lambda s: s.isna().mean() <= MAX_NULLS, ignore_na=False,
                          name="max_null_fraction")
    return pa.DataFrameSchema({
        "id": pa.Column("int64", pa.Check.ge(1), nullable=False, unique=True),
        "user_id": pa.Column("Int64", [pa.Check.in_range(1, 200_000), null_share],
                             nullable=True, coerce=True),
        "age": pa.Column("Int64", [pa.Check.in_range(18, 87), null_share],
                         nullable=True, coerce=True),
        "amount": pa.Column("float64", [pa.Check.ge(0), null_share], nullable=True),
        "score": pa.Column("float64", pa.Check.in_range(-10, 10), nullable=True),
        "country": pa.Column(str, pa.Check.isin(COUNTRIES), nullable=True),
        "plan": pa.Column(str, pa.Check.isin(PLANS), nullable=True),
        "active": pa.Column("boolean", null_share, nullable=True, coerce=True),
        "created_at": pa.Column(pd.DatetimeTZDtype(tz="UTC"), pa.Check.in_range(LOW, HIGH),
                                nullable=True, coerce=True),
    }, strict=False)


def run_pandera(frame, pa):
    try:
        pandera_schema(pa).validate(frame, lazy=True)
        return {}
    except pa.errors.SchemaErrors as error:
        cases = error.failure_cases
        counts = cases.groupby(["column", "check"], dropna=False).size()
        return {f"{column}: {check}": int(n) for (column, check), n in counts.items()}


def run_pandas(frame):
    """The same rules as vectorised pandas: a type by conversion (a cell that does not convert is
    a violation), then nulls, bounds and allowed values as boolean masks."""
    failures = {}

    def count(name, mask):
        failures[name] = int(mask.sum())

    def integers(column):
        numbers = pd.to_numeric(frame[column], errors="coerce")
        count(f"{column}: type", numbers.notna() & (numbers != numbers.round()) | numbers.isna() & frame[column].notna())
        return numbers

    ids = integers("id")
    count("id: nulls", ids.isna())
    count("id: unique", ids.duplicated(keep=False))
    count("id: min", ids < 1)
    for column, low, high in (("user_id", 1, 200_000), ("age", 18, 87)):
        values = integers(column)
        count(f"{column}: range", (values < low) | (values > high))
        count(f"{column}: max_null_fraction", pd.Series([values.isna().mean() > MAX_NULLS]))
    for column in ("amount", "score"):
        values = pd.to_numeric(frame[column], errors="coerce")
        count(f"{column}: type", values.isna() & frame[column].notna())
        if column == "amount":
            count("amount: min", values < 0)
            count("amount: max_null_fraction", pd.Series([values.isna().mean() > MAX_NULLS]))
        else:
            count("score: range", (values < -10) | (values > 10))
    for column, allowed in (("country", COUNTRIES), ("plan", PLANS)):
        values = frame[column]
        count(f"{column}: allowed", values.notna() & ~values.isin(allowed))
    active = frame["active"]
    count("active: type", active.notna() & ~active.isin([True, False, "true", "false", "True", "False"]))
    count("active: max_null_fraction", pd.Series([active.isna().mean() > MAX_NULLS]))
    at = pd.to_datetime(frame["created_at"], errors="coerce", utc=True)
    count("created_at: type", at.isna() & frame["created_at"].notna())
    count("created_at: range", (at < LOW) | (at > HIGH))
    return {name: n for name, n in failures.items() if n}


def main():
    path = sys.argv[1]
    mode = sys.argv[2] if len(sys.argv) > 2 else "pandera"
    versions = {"pandas": pd.__version__}
    if mode == "pandera":
        import pandera as pa
        versions["pandera"] = pa.__version__
    imported = time.perf_counter()
    frame = pd.read_csv(path)
    read = time.perf_counter()
    failures = run_pandera(frame, pa) if mode == "pandera" else run_pandas(frame)
    done = time.perf_counter()
    print(json.dumps({
        "mode": mode, **versions, "rows": len(frame),
        "import_s": round(imported - start, 3), "read_s": round(read - imported, 3),
        "validate_s": round(done - read, 3), "failures": failures,
    }))


if __name__ == "__main__":
    main()
