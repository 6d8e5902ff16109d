#!/usr/bin/env python3
"""Conformance of connect-sandbox with CloudBlue's OpenAPI document (specs.yml).

1. Every route the sandbox serves (connect-sandbox --routes) exists in the spec with that method, except
   the routes it marks as sandbox extensions.
2. With the demo seed loaded, every list response of a spec route carries, in each object, every field
   the spec marks required for that list's items.

Usage: check_sandbox_conformance.py <connect-sandbox> <specs.yml>. Uses Debian's python3-yaml.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.request

import yaml


def load_spec(path):
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)


def resolve(spec, node):
    while isinstance(node, dict) and "$ref" in node:
        target = spec
        for part in node["$ref"].split("/")[1:]:
            target = target[part]
        node = target
    return node


def required_fields(spec, schema):
    """Required fields of an object schema, following allOf."""
    schema = resolve(spec, schema)
    fields = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        fields |= required_fields(spec, part)
    return fields


def list_item_schema(spec, operation):
    response = resolve(spec, operation.get("responses", {}).get("200", {}))
    schema = resolve(spec, response.get("content", {}).get("application/json", {}).get("schema", {}))
    if schema.get("type") != "array":
        return None
    return schema.get("items", {})


def main():
    sandbox, spec_path = sys.argv[1], sys.argv[2]
    spec = load_spec(spec_path)
    paths = spec["paths"]
    failures = []

    routes = subprocess.run([sandbox, "--routes"], capture_output=True, text=True, check=True).stdout.splitlines()
    served = []
    for line in routes:
        method, path = line.split(" ", 1)
        if path.endswith("(sandbox extension)"):
            continue
        served.append((method, path))
        if path not in paths:
            failures.append(f"route {method} {path}: no such path in the spec")
        elif method.lower() not in paths[path]:
            failures.append(f"route {method} {path}: the spec has no {method} for this path")
    print(f"{len(served)} routes checked against the spec")

    with tempfile.TemporaryDirectory() as data:
        server = subprocess.Popen([sandbox, "--port", "0", "--data", os.path.join(data, "s.sqlite"), "--seed", "demo"],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            base = server.stdout.readline().strip().removeprefix("Listening on ")
            key = server.stdout.readline().strip().removeprefix("API key: ")

            def get(path):
                request = urllib.request.Request(base + path, headers={"Authorization": "ApiKey " + key})
                with urllib.request.urlopen(request, timeout=30) as reply:
                    return json.loads(reply.read())

            products = get("/products")
            product = products[0]["id"] if products else None
            account = get("/accounts")[0]["id"]
            substitutions = {"product_product_id": product, "product_id": product, "account_pk": account}
            checked = 0
            for method, path in served:
                if method != "GET":
                    continue
                item_schema = list_item_schema(spec, paths[path]["get"])
                if item_schema is None:
                    continue
                concrete = path
                for name in re.findall(r"{([^}]+)}", path):
                    value = substitutions.get(name)
                    if value is None:
                        break
                    concrete = concrete.replace("{" + name + "}", value)
                if "{" in concrete:
                    continue  # needs an id we do not pick generically
                required = required_fields(spec, item_schema)
                objects = get(concrete)
                checked += 1
                if not objects:
                    failures.append(f"GET {concrete}: empty with the demo seed, nothing to check")
                for index, obj in enumerate(objects):
                    missing = sorted(field for field in required if field not in obj)
                    if missing:
                        failures.append(f"GET {concrete}[{index}] ({obj.get('id', '?')}): missing required {missing}")
                        break
            print(f"{checked} list responses checked for required fields")
        finally:
            server.terminate()
            server.wait(timeout=10)

    for failure in failures:
        print("FAIL:", failure)
    print(f"{0 if failures else 1} passed, {1 if failures else 0} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
