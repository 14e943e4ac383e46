#!/usr/bin/python3
"""Validates every shipped sample and valid fixture against the design JSON
Schema, and checks the schema rejects the shape errors it is meant to catch.
Usage: validate_schema.py SOURCE_DIR. Prints 'N passed, M failed'."""
import glob
import json
import os
import sys

import jsonschema

root = sys.argv[1]
schema = json.load(open(os.path.join(root, "resources/schema/pillar-design.schema.json"), encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

passed = failed = 0
valid = sorted(glob.glob(os.path.join(root, "resources/**/*.pillar"), recursive=True)
               + glob.glob(os.path.join(root, "tests/data/**/*.pillar"), recursive=True))
for path in valid:
    errors = sorted(validator.iter_errors(json.load(open(path, encoding="utf-8"))), key=str)
    if errors:
        failed += 1
        print(f"FAIL {path}: {errors[0].json_path}: {errors[0].message}")
    else:
        passed += 1

# Shape errors the schema itself must reject (reference and cycle errors need the reader).
must_reject = ["not-an-object", "wrong-format", "newer-version", "wrong-type-version", "wrong-type-property",
               "wrong-type-elements", "unknown-kind", "unknown-property", "invalid-id",
               "suppression-without-reason", "port-out-of-range"]
for name in must_reject:
    path = os.path.join(root, "tests/data/bad", name + ".json")
    if validator.is_valid(json.load(open(path, encoding="utf-8"))):
        failed += 1
        print(f"FAIL {path}: the schema accepts it")
    else:
        passed += 1

if len(valid) < 4:
    failed += 1
    print(f"FAIL only {len(valid)} designs found under {root}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
