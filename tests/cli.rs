//! The binary as a user runs it: help, exit status, the summary line, errors.

mod common;

use std::process::Command;

use common::{repo, site_fixture};

fn ikm_site() -> Command {
    Command::new(env!("CARGO_BIN_EXE_ikm-site"))
}

#[test]
fn help_explains_each_flag() {
    let output = ikm_site()
        .args(["build", "--help", "--lang", "en"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).unwrap();
    for flag in ["--content <DIR>", "--output <DIR>", "--base-url <URL>"] {
        assert!(help.contains(flag), "{help}");
    }
    assert!(help.contains("overrides base_url"));
}

/// The site fixture with the repository's `templates/` and `static/` beside
/// it, as the shipped `content/` has them, so the line names them (relative
/// to the folder the build runs in).
#[test]
fn build_ends_with_one_summary_line() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&site_fixture(), &dir.path().join("content"));
    for theme in ["templates", "static"] {
        common::copy_tree(&repo().join(theme), &dir.path().join(theme));
    }
    let out = dir.path().join("site");
    let output = ikm_site()
        .current_dir(dir.path())
        .args(["build", "--content", "content"])
        .arg("--output")
        .arg(&out)
        .args(["--base-url", "https://example.test/ikm/", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(
        stdout.starts_with("Built ")
            && stdout.contains(" pages and ")
            && stdout.contains(" charts ")
            && stdout
                .trim_end()
                .ends_with(" s, with the site's own templates and static"),
        "{stdout}"
    );
    assert!(out.join("index.html").is_file());
}

#[test]
fn a_broken_file_is_reported_with_its_name_and_line_and_exit_status_1() {
    let dir = broken_site(None);
    let shown = common::run_in_both_languages(
        dir.path(),
        &["build", "--content", "content", "--output", "out"],
    );
    insta::assert_snapshot!(shown);
    assert!(!dir.path().join("out").exists());
}

#[test]
fn usage_errors_exit_with_status_1() {
    let output = ikm_site()
        .args(["build", "--no-such-flag"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let output = ikm_site().output().unwrap();
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn check_writes_nothing_and_lists_conflicts() {
    let output = ikm_site()
        .arg("check")
        .arg("--content")
        .arg(order_fixture())
        .args(["--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("warning: ") && stderr.contains("kabupaten-satu.yaml"),
        "{stderr}"
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.starts_with("Checked "), "{stdout}");
}

/// `check` drops what it renders but still renders every route: a
/// template that fails only on news pages fails the check, naming the
/// YAML behind the page.
#[test]
fn check_renders_every_route_and_reports_a_failing_one() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&site_fixture(), &dir.path().join("content"));
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(templates.join("news.html"), "{{ no_such_value }}").unwrap();
    let output = ikm_site()
        .arg("check")
        .arg("--content")
        .arg(dir.path().join("content"))
        .args(["--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("news.html") && stderr.contains(".yaml:"),
        "{stderr}"
    );
    assert!(!dir.path().join("public").exists());
}

/// A content folder with one broken region, in a site of `language`.
fn broken_site(language: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    std::fs::create_dir_all(content.join("regions")).unwrap();
    let language = language.map_or(String::new(), |l| format!("language: {l}\n"));
    std::fs::write(
        content.join("site.yaml"),
        // A made-up region: not checked against the official list.
        format!("title: T\nbase_url: https://x.test/\nofficial_regions: false\n{language}"),
    )
    .unwrap();
    std::fs::write(
        content.join("metrics.yaml"),
        "jumlah_ikm:\n  label: Jumlah IKM\n  kind: count\n",
    )
    .unwrap();
    std::fs::write(
        content.join("regions/lebak.yaml"),
        "name: Kabupaten Lebak\nlevel: provinsi\nnmae: x\n",
    )
    .unwrap();
    dir
}

fn check_stderr(dir: &tempfile::TempDir, extra: &[&str]) -> String {
    let output = ikm_site()
        .arg("check")
        .arg("--content")
        .arg(dir.path().join("content"))
        .args(extra)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    String::from_utf8(output.stderr).unwrap()
}

/// The first problem of `check`'s report of `broken_site(language)` run
/// with `extra` (the unknown field `nmae`), its folder shown as `[TEMP]`.
/// Its texts are pinned by the snapshot of the test above; these tests
/// check which language is chosen. (A site in `en` also gets an error for
/// its language, after this one.)
fn first_problem(language: Option<&str>, extra: &[&str]) -> String {
    let dir = broken_site(language);
    let report = common::redact_temp(&check_stderr(&dir, extra), dir.path());
    report.split("\n\n").next().unwrap().to_string()
}

#[test]
fn messages_are_in_indonesian_for_a_site_in_indonesian() {
    let indonesian = first_problem(None, &["--lang", "id"]);
    assert!(indonesian.starts_with("kesalahan: "), "{indonesian}");
    for language in [None, Some("id")] {
        assert_eq!(first_problem(language, &[]), indonesian, "{language:?}");
    }
}

#[test]
fn messages_are_in_english_with_lang_en_or_for_a_site_in_another_language() {
    let english = first_problem(None, &["--lang", "en"]);
    assert!(english.starts_with("error: "), "{english}");
    assert_eq!(first_problem(Some("en"), &[]), english);
    // `--lang id` wins over the site's language too.
    assert_eq!(
        first_problem(Some("en"), &["--lang", "id"]),
        first_problem(None, &["--lang", "id"])
    );
}

/// `check --format json`: one object per line, each parsing on its own.
fn check_json(content: &std::path::Path, extra: &[&str]) -> (Option<i32>, Vec<serde_json::Value>) {
    let output = ikm_site()
        .args(["check", "--format", "json", "--content"])
        .arg(content)
        .args(extra)
        .output()
        .unwrap();
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    let objects = stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect();
    (output.status.code(), objects)
}

#[test]
fn check_as_json_gives_each_problem_with_its_code_file_and_line() {
    let dir = broken_site(None);
    let (status, problems) = check_json(&dir.path().join("content"), &["--lang", "en"]);
    assert_eq!(status, Some(1));
    assert_eq!(problems.len(), 1, "{problems:?}");
    let problem = &problems[0];
    assert_eq!(problem["severity"], "error");
    assert_eq!(problem["code"], "unknown-field");
    assert!(problem["file"]
        .as_str()
        .unwrap()
        .ends_with("regions/lebak.yaml"));
    assert_eq!(
        (problem["line"].as_u64(), problem["column"].as_u64()),
        (Some(3), Some(1))
    );
    assert_eq!(problem["message"], "found the unknown field `nmae`");
    assert!(problem["help"]
        .as_str()
        .unwrap()
        .starts_with("did you mean `name`?"));
}

/// Issue 16, item 11: a 200.000-character `parent:` was echoed whole, one
/// line of 200.129 characters. Every line `check` prints, as text or JSON,
/// now stays short, and the value is cut at 80 characters with `…`.
#[test]
fn a_huge_value_is_cut_in_every_line_check_prints() {
    let dir = broken_site(None);
    let content = dir.path().join("content");
    let huge = "x".repeat(200_000);
    // A plain key may be at most 1.024 characters long in YAML.
    let long_key = "x".repeat(1_000);
    std::fs::write(
        content.join("regions/lebak.yaml"),
        format!("name: Kabupaten Lebak\nlevel: kabupaten\nparent: {huge}\n"),
    )
    .unwrap();
    std::fs::write(
        content.join("regions/banten.yaml"),
        format!("name: Provinsi Banten\nlevel: provinsi\n{long_key}: 1\n"),
    )
    .unwrap();
    let cut = format!("`{}…`", "x".repeat(80));
    let stderr = check_stderr(&dir, &["--lang", "en"]);
    let (status, problems) = check_json(&content, &["--lang", "en"]);
    assert_eq!(status, Some(1));
    let json: Vec<String> = problems.iter().map(ToString::to_string).collect();
    for (output, lines) in [
        ("text", stderr.lines().map(str::to_string).collect()),
        ("json", json),
    ] {
        let longest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        assert!(longest < 400, "{output}: a line of {longest} characters");
        let all = lines.join("\n");
        assert!(
            all.contains(&format!("found the parent {cut}")),
            "{output}: {all}"
        );
        assert!(
            all.contains(&format!("found the unknown field {cut}")),
            "{output}: {all}"
        );
    }
}

/// Issue 16, item 11: text stopped at 50 problems per file and said how
/// many more; JSON printed them all. Both now list the same 50, in the
/// same order, and JSON ends the file with an entry counting the rest.
#[test]
fn check_as_json_lists_what_the_text_lists_and_counts_the_rest() {
    let dir = broken_site(None);
    let content = dir.path().join("content");
    let fields: String = (0..80).map(|i| format!("bidang{i:02}: 1\n")).collect();
    std::fs::write(
        content.join("regions/lebak.yaml"),
        format!("name: Provinsi Lebak\nlevel: provinsi\n{fields}"),
    )
    .unwrap();
    let stderr = check_stderr(&dir, &["--lang", "en"]);
    let (_, problems) = check_json(&content, &["--lang", "en"]);
    let text_places: Vec<&str> = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("error: "))
        .map(|l| l.split(": ").next().unwrap())
        .collect();
    assert_eq!(text_places.len(), 50, "{stderr}");
    assert!(stderr.contains("… and 30 more problems in "), "{stderr}");
    assert_eq!(problems.len(), 51, "{problems:?}");
    for (problem, place) in problems.iter().zip(&text_places) {
        let json_place = format!(
            "{}:{}:{}",
            problem["file"].as_str().unwrap(),
            problem["line"],
            problem["column"]
        );
        assert_eq!(&json_place, place);
    }
    let more = &problems[50];
    assert_eq!(more["code"], "more-problems-in-file");
    assert_eq!(more["severity"], "error");
    assert_eq!(more["count"], 30);
    assert!(more["file"]
        .as_str()
        .unwrap()
        .ends_with("regions/lebak.yaml"));
    assert!(more["line"].is_null(), "{more}");
    assert!(
        more["message"]
            .as_str()
            .unwrap()
            .starts_with("… and 30 more problems in "),
        "{more}"
    );
}

#[test]
fn check_as_json_lists_warnings_of_a_good_site_in_its_language() {
    let (status, problems) = check_json(&order_fixture(), &[]);
    assert_eq!(status, Some(0));
    assert!(!problems.is_empty());
    for problem in &problems {
        assert_eq!(problem["severity"], "warning");
        assert_eq!(problem["code"], "conflict");
        assert!(
            problem["message"]
                .as_str()
                .unwrap()
                .contains("berdampingan"),
            "{problem}"
        );
        assert!(problem["line"].as_u64().unwrap() > 0);
    }
}

/// A fixed content folder with a conflict no `checked:` acknowledges, so a run of
/// it always has a warning to show (the shipped content checks clean).
fn order_fixture() -> std::path::PathBuf {
    repo().join("tests/fixtures/order/content")
}

fn build_fixture(extra: &[&str]) -> (Option<i32>, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let output = ikm_site()
        .args(["build", "--lang", "en", "--content"])
        .arg(order_fixture())
        .arg("--output")
        .arg(dir.path().join("site"))
        .args(extra)
        .output()
        .unwrap();
    common::outcome(output)
}

#[test]
fn quiet_prints_nothing_on_success_and_verbose_adds_counts_and_timings() {
    let (status, stdout, stderr) = build_fixture(&["--quiet"]);
    assert_eq!(status, Some(0), "{stderr}");
    assert!(stdout.is_empty() && stderr.is_empty(), "{stdout}{stderr}");

    let (status, stdout, stderr) = build_fixture(&["--verbose"]);
    assert_eq!(status, Some(0), "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(
        lines[0].contains(" regions, ") && lines[0].ends_with(" figures read"),
        "{stdout}"
    );
    assert!(
        lines[1].starts_with("load ") && lines[1].contains(", write "),
        "{stdout}"
    );
    assert!(lines[2].starts_with("Built "), "{stdout}");

    let (status, _, stderr) = build_fixture(&["--quiet", "--verbose"]);
    assert_eq!(status, Some(1), "{stderr}");
}

#[test]
fn without_a_terminal_there_is_no_colour_and_no_progress_bar() {
    // The tests' stdout and stderr are pipes, as in CI and `| less`.
    let (status, stdout, stderr) = build_fixture(&[]);
    assert_eq!(status, Some(0), "{stderr}");
    assert!(stderr.contains("warning: "), "{stderr}");
    for text in [&stdout, &stderr] {
        assert!(!text.contains('\u{1b}') && !text.contains('\r'), "{text:?}");
    }
}

/// Quotes `text` for `sh -c`, which `script -c` runs.
fn sh_quote(text: &std::path::Path) -> String {
    format!("'{}'", text.display().to_string().replace('\'', r"'\''"))
}

#[test]
fn on_a_terminal_the_progress_bar_is_drawn_and_the_build_finishes() {
    // Regression: main held stderr's lock for the whole run while the render
    // threads drew the bar on stderr, so every build slow enough to show the
    // bar hung on a terminal. `script` gives the build a pseudo-terminal, and
    // the variable shows the bar from the first item on the small site.
    let dir = tempfile::tempdir().unwrap();
    let command = format!(
        "{} build --lang en --content {} --output {}",
        sh_quote(std::path::Path::new(env!("CARGO_BIN_EXE_ikm-site"))),
        sh_quote(&site_fixture()),
        sh_quote(&dir.path().join("site")),
    );
    let mut child = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("IKM_SITE_PROGRESS_AFTER_MS", "0")
        .env_remove("NO_COLOR")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("`script` (util-linux) runs the build on a pseudo-terminal");
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > std::time::Duration::from_secs(120) {
            child.kill().unwrap();
            panic!("the build on a terminal did not finish in 120 s: it hangs");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    let mut terminal = String::new();
    std::io::Read::read_to_string(&mut child.stdout.take().unwrap(), &mut terminal).unwrap();
    assert!(status.success(), "{terminal}");
    assert!(
        terminal.contains("Rendering ["),
        "no bar drawn: {terminal:?}"
    );
    assert!(terminal.contains("pages"), "no summary line: {terminal:?}");
    assert!(dir.path().join("site/index.html").is_file());
}

/// Runs the binary in `dir`, so the paths in its messages are the relative
/// ones an author types.
fn run_in(dir: &std::path::Path, args: &[&str]) -> (Option<i32>, String, String) {
    // Help wraps at the terminal width, which `COLUMNS` gives when piped.
    let output = ikm_site()
        .current_dir(dir)
        .env("COLUMNS", "100")
        .args(args)
        .output()
        .unwrap();
    common::outcome(output)
}

/// Issue 17, item 16: a missing article was "berkas tidak dapat dibaca: No
/// such file or directory (os error 2)" at a meaningless `nope.txt:1:1`.
#[test]
fn draft_of_a_missing_article_says_so_in_words_without_a_position() {
    let dir = tempfile::tempdir().unwrap();
    insta::assert_snapshot!(common::run_in_both_languages(
        dir.path(),
        &["draft", "nope.txt"]
    ));
}

#[test]
fn draft_of_a_folder_asks_for_a_file_inside_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("artikel")).unwrap();
    insta::assert_snapshot!(common::run_in_both_languages(
        dir.path(),
        &["draft", "artikel/"]
    ));
}

/// An operating-system error is put into the reader's words too, not
/// shown as the system's English.
#[test]
fn an_os_error_is_shown_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("berkas"), "x").unwrap();
    // `schema` has no `--lang`: it speaks the language of `content/site.yaml`.
    let args = ["schema", "--output", "berkas/skema"];
    let mut shown = common::command_line(dir.path(), &args);
    for (heading, language) in [("Indonesian", "id"), ("English", "en")] {
        common::write_file(
            dir.path(),
            "content/site.yaml",
            &format!("title: T\nbase_url: https://x.test/\nlanguage: {language}\n"),
        );
        let heading = format!("{heading} (site.yaml: language: {language})");
        shown.push_str(&common::shown_run(dir.path(), &args, &heading));
    }
    insta::assert_snapshot!(shown);
}

/// Issue 17, item 17: `--content content/regions` advised creating
/// `content/regions/site.yaml` and warned about every province folder.
/// `new` says the same, rather than that the folder lacks `regions/`.
#[test]
fn a_folder_inside_the_content_folder_is_told_to_give_the_content_folder() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&site_fixture(), &dir.path().join("content"));
    let build = common::run_in_both_languages(
        dir.path(),
        &["build", "--content", "content/regions", "--output", "out"],
    );
    assert!(!dir.path().join("out").exists());
    let new = common::run_in_both_languages(
        dir.path(),
        &[
            "new",
            "news",
            "--region",
            "lebak",
            "--content",
            "content/regions",
        ],
    );
    insta::assert_snapshot!(format!("{build}\n{new}"));
}

/// Issue 17, item 15: `--help` and argument errors were clap's English.
/// Run in an empty folder: no `site.yaml` to choose, so Indonesian.
#[test]
fn help_is_in_indonesian_by_default_and_in_english_with_lang_en() {
    let dir = tempfile::tempdir().unwrap();
    for (name, args) in [
        ("help_id", &["--help"][..]),
        ("help_build_id", &["build", "--help"][..]),
        ("help_en", &["--lang", "en", "--help"][..]),
        (
            "help_new_region_en",
            &["--lang", "en", "help", "new", "region"][..],
        ),
    ] {
        let (status, stdout, stderr) = run_in(dir.path(), args);
        assert_eq!((status, stderr.as_str()), (Some(0), ""), "{args:?}");
        insta::assert_snapshot!(name, stdout);
    }
}

/// An argument error as `ikm-site ARGS` prints it from an empty folder:
/// status 1, nothing on stdout, the message on stderr.
fn usage_error(args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let (status, stdout, stderr) = run_in(dir.path(), args);
    assert_eq!((status, stdout.as_str()), (Some(1), ""), "{args:?}");
    stderr
}

/// Argument errors as `ikm-site ARGS` prints them from an empty folder,
/// in both languages, for a snapshot.
fn usage_errors(runs: &[&[&str]]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let shown: Vec<String> = runs
        .iter()
        .map(|args| common::run_in_both_languages(dir.path(), args))
        .collect();
    shown.join("\n")
}

#[test]
fn a_misspelt_flag_is_named_with_the_flag_meant() {
    insta::assert_snapshot!(usage_errors(&[&["build", "--ouput", "x"]]));
}

/// `--lang fr` is itself the error, so the message is in the default
/// language, Indonesian.
#[test]
fn an_unknown_language_lists_the_languages_in_indonesian() {
    assert_eq!(
        usage_error(&["check", "--lang", "fr"]),
        "kesalahan: `fr` bukan nilai yang sah untuk `--lang <LANG>`\n  \
         = saran: yang diharapkan salah satu dari: `id`, `en`\n\
         \n\
         Untuk keterangan lebih lanjut, jalankan `ikm-site check --help`.\n"
    );
}

#[test]
fn a_missing_required_flag_is_named() {
    insta::assert_snapshot!(usage_errors(&[&[
        "new",
        "region",
        "lebak",
        "--name",
        "Kabupaten Lebak"
    ]]));
}

#[test]
fn a_misspelt_command_and_a_conflict_are_named() {
    insta::assert_snapshot!(usage_errors(&[
        &["biuld"],
        &["build", "--quiet", "--verbose"]
    ]));
}

/// `--lang` before the command chooses the language of the run too.
#[test]
fn lang_before_the_command_chooses_the_language_of_its_messages() {
    let dir = tempfile::tempdir().unwrap();
    let (status, _, stderr) = run_in(dir.path(), &["--lang", "en", "draft", "nope.txt"]);
    assert_eq!(status, Some(1));
    assert!(
        stderr.starts_with("error: nope.txt: found no file here\n"),
        "{stderr}"
    );
}
