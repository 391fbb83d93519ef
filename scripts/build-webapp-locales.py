#!/usr/bin/env python3
"""Builds the French locale files of the Camunda webapps from the project's translations.

The English files come from the webjar in the local Maven repository (the engine version of pom.xml); the French
texts from src/main/webapp-locales/<app>*.fr.json and common.fr.json (flat keys, nested keys joined by dots;
"labels." may be left out). Writes
src/main/resources/META-INF/resources/webjars/camunda/app/<app>/locales/fr.json with the structure and key order of
en.json, and lists every English key without a French text. Run it after an engine upgrade (docs/adr/0017).
"""
import json
import pathlib
import re
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
APPS = sys.argv[1:] or ["welcome", "tasklist", "admin", "cockpit"]
version = re.search(r"<camunda.version>([^<]+)</camunda.version>", (ROOT / "pom.xml").read_text())
VERSION = version.group(1) if version else "7.24.0"
WEBJAR = pathlib.Path.home() / f".m2/repository/org/camunda/bpm/webapp/camunda-webapp-webjar/{VERSION}/camunda-webapp-webjar-{VERSION}.jar"
SOURCES = ROOT / "src/main/webapp-locales"
TARGET = ROOT / "src/main/resources/META-INF/resources/webjars/camunda/app"


def load(pattern):
    """Flat texts of the files matching pattern; a key without "labels." or "dateLocales." is a label."""
    texts = {}
    for path in sorted(SOURCES.glob(pattern)):
        for key, text in json.loads(path.read_text(encoding="utf-8")).items():
            texts[key if key.startswith(("labels.", "dateLocales.")) else "labels." + key] = text
    return texts


def translate(node, prefix, texts, missing):
    out = {}
    for key, value in node.items():
        flat = prefix + key
        if isinstance(value, dict):
            out[key] = translate(value, flat + ".", texts, missing)
        elif flat in texts:
            out[key] = texts[flat]
        else:
            missing.append(flat)
    return out


with zipfile.ZipFile(WEBJAR) as jar:
    failed = False
    for app in APPS:
        english = json.loads(jar.read(f"META-INF/resources/webjars/camunda/app/{app}/locales/en.json").decode("utf-8-sig"))
        texts = {}
        for other in ["cockpit", "admin", "tasklist", "welcome"]:
            texts.update(load(f"{other}*.fr.json"))
        texts.update(load("common.fr.json"))
        texts.update(load(f"{app}*.fr.json"))
        missing = []
        french = translate(english, "", texts, missing)
        if missing:
            failed = True
            print(f"{app}: {len(missing)} keys without French text, fr.json not written:")
            print("\n".join("  " + key for key in missing))
            continue
        out = TARGET / app / "locales" / "fr.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(french, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{app}: {out.relative_to(ROOT)} written")
    sys.exit(1 if failed else 0)
