#!/usr/bin/python3
"""pillar-cli import end to end: every template of ../shared/corpus/cfn is
imported by the command line, the design validates against the JSON Schema,
--report lists what was not mapped, and bad input exits 2 naming the file.
Usage: validate_imports.py SOURCE_DIR PILLAR_CLI."""
import glob
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

root, cli = sys.argv[1], sys.argv[2]
schema = json.load(open(os.path.join(root, "resources/schema/pillar-design.schema.json"), encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema)
corpus = os.path.normpath(os.path.join(root, "..", "shared", "corpus", "cfn"))
templates = sorted(p for p in glob.glob(os.path.join(corpus, "*")) if p.endswith((".yaml", ".yml", ".json"))
                   and not p.endswith("manifest.json"))
passed = failed = 0


def check(ok, message):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL", message)


with tempfile.TemporaryDirectory() as tmp:
    for path in templates:
        out = os.path.join(tmp, os.path.basename(path) + ".pillar")
        run = subprocess.run([cli, "import", path, "-o", out, "--report"], capture_output=True, text=True)
        check(run.returncode == 0, f"{path}: exit {run.returncode}: {run.stderr}")
        if run.returncode != 0:
            continue
        check(run.stdout.startswith("Imported "), f"{path}: no report on stdout")
        design = json.load(open(out, encoding="utf-8"))
        errors = sorted(validator.iter_errors(design), key=str)
        check(not errors, f"{path}: {errors[0].json_path}: {errors[0].message}" if errors else "")
        ids = {e["id"] for e in design["elements"]}
        template_ids = set()
        for line in run.stdout.splitlines():
            if line.startswith("  ") and (" (AWS::" in line or " (Custom::" in line):
                template_ids.add(line.split()[0])
        check(not (template_ids & ids), f"{path}: a resource is both an element and listed as not mapped")

    bad = os.path.join(tmp, "bad.yaml")
    with open(bad, "w") as f:
        f.write("Resources:\n  Web:\n    Properties: {}\n")
    run = subprocess.run([cli, "import", bad, "-o", os.path.join(tmp, "x.pillar")], capture_output=True, text=True)
    check(run.returncode == 2 and bad in run.stderr and "Resources/Web" in run.stderr, f"bad template: {run.stderr}")
    run = subprocess.run([cli, "import", templates[0], "-o", os.path.join(tmp, "x.pillar"), "--parameter", "oops"],
                         capture_output=True, text=True)
    check(run.returncode == 2, "--parameter without '=' is refused")
    run = subprocess.run([cli, "import", templates[0], "-o", "-", "--parameter", "NoSuchParameter=1"],
                         capture_output=True, text=True)
    check(run.returncode == 0 and "NoSuchParameter" in run.stderr and json.loads(run.stdout)["format"] == "pillar-design",
          "unknown --parameter warns, design goes to stdout")

if len(templates) < 10:
    print("FAIL the corpus is missing")
    failed += 1
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
