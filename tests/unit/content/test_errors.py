"""Every class of content error, in a real file, with the line staff must go to."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from kiosk.content.loader import MAX_FILE_BYTES, LoadResult, load_content
from kiosk.content.outcome import summary
from kiosk.content.problems import MAX_LISTED
from tests.conftest import CheckText, formatted, line_of

CROWS_FEET_SUMMARY = "      en: Lines at the outer corners of the eyes\n"


def errors_for(check_text: CheckText, text: str) -> list[str]:
    result = check_text(text)
    assert result.content is None, "content with errors must not go live"
    return formatted(result)


def test_the_bundled_file_has_no_errors(check_text: CheckText, bundled_text: str) -> None:
    result = check_text(bundled_text)
    assert formatted(result) == []
    assert result.content is not None


def test_a_misspelt_key_is_unknown_with_a_suggestion_and_the_real_one_missing(
    check_text: CheckText, bundled_text: str
) -> None:
    text = bundled_text.replace("  crows-feet:\n    title:", "  crows-feet:\n    titel:")
    topic_line = line_of(text, "  crows-feet:")
    assert errors_for(check_text, text) == [
        f"content.yaml:{topic_line}:3: error: topics.crows-feet: `title` is missing",
        f"content.yaml:{topic_line + 1}:5: error: topics.crows-feet.titel: "
        "unknown field `titel`; did you mean `title`?",
    ]


@pytest.mark.parametrize("written", ["no", "yes", "on", "Off", "1:30", "2026-01-05", "1_000"])
def test_words_that_yaml_1_1_would_have_changed_are_text(
    check_text: CheckText, bundled_text: str, written: str
) -> None:
    """Staff's editors read YAML 1.2, and so does the kiosk: `no` is a word, not false."""
    text = bundled_text.replace(CROWS_FEET_SUMMARY, f"      en: {written}\n")
    result = check_text(text)
    assert result.content is not None, formatted(result)
    assert result.content.topics["crows-feet"].summary.get("en", "en") == written


@pytest.mark.parametrize(
    ("written", "found"),
    [
        ("true", 'the yes/no value true (YAML reads `true` that way); put it in quotes: "true"'),
        ("12345", 'the number 12345 (YAML reads `12345` that way); put it in quotes: "12345"'),
        ("0123", 'the number 123 (YAML reads `0123` that way); put it in quotes: "0123"'),
        ("1e3", 'the number 1000.0 (YAML reads `1e3` that way); put it in quotes: "1e3"'),
        ("~", "the text is empty"),
        ("'   '", "the text is empty"),
    ],
)
def test_a_text_field_that_got_another_type_suggests_quotes(
    check_text: CheckText, bundled_text: str, written: str, found: str
) -> None:
    text = bundled_text.replace(CROWS_FEET_SUMMARY, f"      en: {written}\n")
    line = line_of(text, f"      en: {written}")
    (problem,) = errors_for(check_text, text)
    expected_start = f"content.yaml:{line}:11: error: topics.crows-feet.summary.en: "
    assert problem.startswith(expected_start)
    assert found in problem


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("1:30", "expected a whole number but found the text `1:30`"),
        ("ninety", "expected a whole number but found the text `ninety`"),
        ("0", "must be at least 1, not 0"),
        ("99999", "must be at most 3600, not 99999"),
        ("1.5", "expected a whole number but found the number 1.5"),
        ("true", "expected a whole number but found the yes/no value true"),
    ],
)
def test_numbers_are_checked(
    check_text: CheckText, bundled_text: str, written: str, said: str
) -> None:
    text = bundled_text.replace("idle_timeout_seconds: 90", f"idle_timeout_seconds: {written}")
    line = line_of(text, "idle_timeout_seconds")
    assert errors_for(check_text, text) == [
        f"content.yaml:{line}:25: error: settings.idle_timeout_seconds: {said}"
    ]


def test_a_wrong_status_names_the_allowed_words(check_text: CheckText, bundled_text: str) -> None:
    text = bundled_text.replace("status: research", "status: experimental")
    line = line_of(text, "status: experimental")
    assert errors_for(check_text, text) == [
        f"content.yaml:{line}:13: error: topics.arthritis-pain.status: "
        "must be 'approved', 'research' or 'information', not `experimental`"
    ]


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("2026-13-45", "2026-13-45 is not a date: there is no month 13"),
        ("2026-02-30", "2026-02-30 is not a date: February 2026 has 28 days"),
        ("'20261120'", "write the date as YYYY-MM-DD, such as 2026-11-20"),
        ("'2026-W47-5'", "write the date as YYYY-MM-DD, such as 2026-11-20"),
        ("' 2026-11-20 '", "write the date as YYYY-MM-DD, such as 2026-11-20"),
        ("2026-1-5", "write the date as YYYY-MM-DD, such as 2026-11-20"),
        ("20261120", "expected a date such as 2026-11-20 but found the number 20261120"),
    ],
)
def test_a_date_is_written_yyyy_mm_dd_and_is_a_real_date(
    check_text: CheckText, bundled_text: str, written: str, said: str
) -> None:
    """Python's fromisoformat took `20261120`, `2026-W47-5` and ` 2026-11-20 `, which the
    README and the editor's schema refuse; `2026-02-30` was told to use YYYY-MM-DD."""
    text = bundled_text.replace("reviewed: 2026-11-20", f"reviewed: {written}", 1)
    line = line_of(text, f"reviewed: {written}")
    assert errors_for(check_text, text) == [
        f"content.yaml:{line}:15: error: topics.how-botox-works.reviewed: {said}"
    ]


@pytest.mark.parametrize(("written", "value"), [("012", 12), ("90.0", 90), ("0x5A", 90)])
def test_a_whole_number_may_be_written_as_the_editor_reads_it(
    check_text: CheckText, bundled_text: str, written: str, value: int
) -> None:
    """JSON Schema, and so the editor, takes 90.0 as the integer 90; the kiosk refused it
    while it took `version: 1.0`."""
    text = bundled_text.replace("idle_timeout_seconds: 90", f"idle_timeout_seconds: {written}")
    text = text.replace("version: 1\n", "version: 1.0\n", 1)
    result = check_text(text)
    assert result.content is not None, formatted(result)
    assert result.content.settings.idle_timeout_seconds == value


def test_a_category_naming_an_unknown_topic(check_text: CheckText, bundled_text: str) -> None:
    text = bundled_text.replace("[crows-feet, forehead", "[crowsfeet, forehead")
    line = line_of(text, "[crowsfeet, forehead")
    assert errors_for(check_text, text) == [
        f"content.yaml:{line}:14: error: categories[2].topics[1]: there is no topic "
        "`crowsfeet`; did you mean `crows-feet`?",
        f"content.yaml:{line_of(text, '  crows-feet:')}:3: error: topics.crows-feet: the topic "
        "`crows-feet` is in no category, so patients cannot reach it; add its id to a "
        "category's topics",
    ]


def test_a_duplicate_topic_id(check_text: CheckText, bundled_text: str) -> None:
    text = bundled_text.replace("  forehead-lines:\n", "  crows-feet:\n")
    first, second = line_of(text, "  crows-feet:"), line_of(text, "  crows-feet:", 2)
    assert errors_for(check_text, text) == [
        f"content.yaml:{second}:3: error: topics.crows-feet: the topic id `crows-feet` is "
        f"used twice (first on line {first}); give each topic its own id"
    ]


def test_an_unknown_safety_block(check_text: CheckText, bundled_text: str) -> None:
    text = bundled_text.replace("safety: botox", "safety: botx", 1)
    line = line_of(text, "safety: botx")
    assert errors_for(check_text, text) == [
        f"content.yaml:{line}:13: error: topics.how-botox-works.safety: "
        "there is no safety block `botx`; did you mean `botox`?"
    ]


def test_languages_must_match_the_clinic(check_text: CheckText, bundled_text: str) -> None:
    text = bundled_text.replace(CROWS_FEET_SUMMARY, CROWS_FEET_SUMMARY.replace("en:", "fr:"))
    line = line_of(text, "      fr: Lines at the outer")
    assert errors_for(check_text, text) == [
        f"content.yaml:{line - 1}:5: error: topics.crows-feet.summary: there is no English "
        "(en) text here; the default language is what patients see when a translation is missing",
        f"content.yaml:{line}:11: error: topics.crows-feet.summary.fr: `fr` is not one of "
        "the languages offered (en, es); add it to clinic.languages or remove this text",
    ]


def test_a_default_language_that_is_not_offered(check_text: CheckText, bundled_text: str) -> None:
    text = bundled_text.replace("default_language: en", "default_language: eng")
    line = line_of(text, "default_language: eng")
    assert errors_for(check_text, text) == [
        f"content.yaml:{line}:21: error: clinic.default_language: `eng` is not one of the "
        "languages offered (en, es); did you mean `en`?"
    ]


def test_a_bad_id_and_a_bad_version(check_text: CheckText, bundled_text: str) -> None:
    text = bundled_text.replace("version: 1", "version: 2").replace("- id: about", "- id: About Us")
    assert errors_for(check_text, text) == [
        f"content.yaml:{line_of(text, 'version: 2')}:10: error: version: must be 1, not `2`",
        f"content.yaml:{line_of(text, 'id: About Us')}:9: error: categories[1].id: "
        "`About Us` is not a valid id: use lowercase letters, digits and hyphens, "
        "such as crows-feet",
    ]


def test_many_errors_are_reported_together(check_text: CheckText, bundled_text: str) -> None:
    text = (
        bundled_text.replace("status: research", "status: maybe")
        .replace("idle_warning_seconds: 20", "idle_warning_seconds: yes")
        .replace("  crows-feet:\n    title:", "  crows-feet:\n    titel:")
    )
    assert len(errors_for(check_text, text)) == 4


def test_a_file_that_is_not_utf8_points_at_the_byte(content_dir: Path, bundled_text: str) -> None:
    text = bundled_text.replace("Español", "Espa\udce9ol")
    file = content_dir / "content.yaml"
    file.write_bytes(text.encode("utf-8", "surrogateescape"))
    result = load_content(file)
    line = line_of(bundled_text, "Español")
    column = bundled_text.splitlines()[line - 1].index("Español") + len("Espa") + 1
    assert formatted(result) == [
        f"content.yaml:{line}:{column}: error: the file is not saved as UTF-8 (byte 0xE9 here); "
        "save it again with the encoding UTF-8"
    ]


def test_an_oversized_file_is_refused_without_reading_it_all(content_dir: Path) -> None:
    file = content_dir / "content.yaml"
    with file.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES * 4)
    started = time.process_time()
    result = load_content(file)
    assert formatted(result) == [
        "content.yaml: error: the file is larger than 2.5 MB; a content file is far smaller"
    ]
    assert time.process_time() - started < 5, "refusing a large file must not parse it"


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_no_file_or_a_folder(content_dir: Path, kind: str) -> None:
    file = content_dir / ("nothing.yaml" if kind == "missing" else "assets")
    (problem,) = load_content(file).problems
    assert str(file) in problem.message


def test_a_named_pipe_or_a_device_as_the_content_file_is_refused_at_once(tmp_path: Path) -> None:
    """Opening a named pipe for reading waits for a writer: `kiosk check` hung on one."""
    pipe = tmp_path / "content.yaml"
    os.mkfifo(pipe)
    results: list[LoadResult] = []
    reader = threading.Thread(target=lambda: results.append(load_content(pipe)), daemon=True)
    reader.start()
    reader.join(timeout=30)
    assert results, "load_content waited on the named pipe"
    assert [p.message for p in results[0].errors] == [
        f"{pipe} is a named pipe (FIFO), not a file; give the content .yaml file"
    ]
    (device,) = load_content(Path("/dev/null")).errors
    assert device.message == "/dev/null is a device, not a file; give the content .yaml file"


@pytest.mark.parametrize(
    ("replace", "by", "said"),
    [
        ("  languages:\n", "  languages:\n    EN: English\n", "clinic.languages.EN: `EN`"),
        ("default_language: en", "default_language: English", "clinic.default_language: `English`"),
        (CROWS_FEET_SUMMARY, f"{CROWS_FEET_SUMMARY}      e: x\n", "crows-feet.summary.e: `e`"),
    ],
)
def test_a_language_code_is_called_one(
    check_text: CheckText, bundled_text: str, replace: str, by: str, said: str
) -> None:
    """A bad language code was "not a valid id: use lowercase letters, digits and hyphens"."""
    (problem,) = errors_for(check_text, bundled_text.replace(replace, by, 1))
    assert problem.endswith(
        f"{said} is not a language code (BCP 47) such as en, es, pt-BR, es-419 or zh-Hant"
    )


def test_language_codes_with_a_script_or_a_region_are_taken(
    check_text: CheckText, bundled_text: str
) -> None:
    text = bundled_text.replace(
        "  languages:\n", "  languages:\n    zh-Hant: 中文\n    es-419: Español\n"
    )
    text = text.replace(CROWS_FEET_SUMMARY, f"{CROWS_FEET_SUMMARY}      zh-Hant: 魚尾紋\n")
    result = check_text(text)
    assert result.content is not None, formatted(result)


def test_a_huge_unknown_key_is_quoted_only_in_part(
    check_text: CheckText, bundled_text: str
) -> None:
    """A 1,000-character key made a message of over 2,000 characters."""
    text = bundled_text.replace("version: 1\n", "version: 1\n" + "k" * 1000 + ": 1\n")
    (problem,) = errors_for(check_text, text)
    assert len(problem) < 300
    assert f"unknown field `{'k' * 59}…`" in problem


def test_a_text_longer_than_the_limit_is_refused_with_its_length(
    check_text: CheckText, bundled_text: str
) -> None:
    """One 8 MB body line went live, took 265 MB to check and read at "grade 124799.3"."""
    text = bundled_text.replace(CROWS_FEET_SUMMARY, f"      en: {'word ' * 1200}\n")
    (problem,) = errors_for(check_text, text)
    assert problem.endswith(
        "topics.crows-feet.summary.en: the text is 5,999 characters long; a text may have at "
        "most 5,000 (split it into sections)"
    )


def test_a_flood_of_problems_lists_the_first_hundred_and_counts_the_rest(
    check_text: CheckText, bundled_text: str
) -> None:
    """10,000 broken topics built a "did you mean" for each unknown key: 2.5 s of 7."""
    broken = "".join(f"  extra-{number}:\n    titel: x\n" for number in range(300))
    text = bundled_text + broken
    result = check_text(text)
    assert result.content is None
    assert len(result.problems) == MAX_LISTED
    # Each extra topic misses its fields (one problem) and has an unknown key (another).
    assert result.error_count == 600
    assert result.unlisted_errors == 500
    lines = [problem.position.line for problem in result.problems if problem.position]
    assert lines == sorted(lines)
    assert summary("content.yaml", result) == (
        "content.yaml: 600 errors, 0 warnings (the first 100 are listed); this file cannot go "
        "live (the kiosk keeps the last good content)"
    )
