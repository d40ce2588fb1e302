# The English texts of every message ikm-site shows. The Indonesian texts
# are in id.ftl, under the same ids; a test keeps the two in step.
# Arguments are `{ $name }`; a number argument can choose a plural form.

## How diagnostics are shown

label-error = error
label-warning = warning
label-help = help
more-problems-in-file = … and { $count } more { $count ->
    [one] problem
   *[other] problems
  } in { $file }
count-warnings = { $warnings } { $warnings ->
    [one] warning
   *[other] warnings
  }
count-errors = { $errors } { $errors ->
    [one] error
   *[other] errors
  }; nothing was written
count-errors-warnings = { $errors } { $errors ->
    [one] error
   *[other] errors
  } and { $warnings } { $warnings ->
    [one] warning
   *[other] warnings
  }; nothing was written
did-you-mean = did you mean `{ $name }`?
expected-one-of = expected one of: { $names }

## Reading a file (content/source.rs)

file-unreadable = cannot read the file: { $error }
file-missing = found no file here
file-missing-help = check the file's name, and that the path is right from the folder the command runs in
file-is-folder = found a folder; expected a text file
file-is-folder-help = give the path of a file inside it
file-is-symlink = found a symbolic link; content is read only from files inside the content folder, and links are never followed
file-is-symlink-help = replace the link with a copy of the file itself
file-not-regular = found something that is not a regular file; expected a text file
file-too-large = the file has { $size } bytes; expected at most { $limit } MB for a content file
file-too-large-help = split the region's news over files of its sub-regions, or shorten the summaries
file-not-utf8 = found the byte 0x{ $byte }, which is not UTF-8 text; expected a UTF-8 encoded file
file-not-utf8-help = save the file with the UTF-8 encoding (most editors offer it under "Save as")

## The command line: help and argument errors (localize.rs)

cli-about = Static site generator for Indonesian small and medium industry (IKM) figures, with a source for every number
cli-about-build = Build the site into the output folder (replaced only if the build succeeds)
cli-about-check = Check the content and list every problem and conflict, writing nothing
cli-about-schema = Write the JSON Schemas of the content files, for editors that autocomplete and check YAML
cli-about-new = Start a new region file or news item, ready to fill in
cli-about-new-region = Write a commented starter file for a region, beside its parent (a province in its own folder)
cli-about-new-news = Append a starter news item with a fresh id to a region's file
cli-about-draft = Draft a news item from the plain text of an article: its numbers, their likely metrics, the outlet and the date
cli-about-help = Print this message or the help of the given command
cli-arg-help = Print help
cli-arg-version = Print version
cli-arg-help-command = The command to explain, e.g. `new region`
cli-arg-content = Folder with site.yaml, metrics.yaml, regions/ and pages/
cli-arg-output = Folder to write the site to; an existing one must be empty or a previous build
cli-arg-schema-output = Folder to write region, metrics, site and vocabulary schemas to; by default `docs/schema` beside the content folder, where the content files' first lines point
cli-arg-base-url = Absolute URL the site is published at, e.g. https://owner.github.io/repo/ (overrides base_url in site.yaml)
cli-arg-lang = Language of messages, help included: `id` (Indonesian) or `en` (English); by default the site's `language` in site.yaml, Indonesian when it is `id` or absent
cli-arg-quiet = Print only errors: no warnings, summary line or progress bar
cli-arg-verbose = Also print what was read and how long each stage took
cli-arg-format = `text` for people; `json` prints one JSON object per problem on stdout (severity, code, file, line, column, message, help), for editors and CI
cli-about-serve = Serve the site from memory under its base path, rebuild it on every save and reload the open tabs
cli-arg-port = Port to listen on; 0 picks a free one (the address printed says which)
cli-arg-bind = Address to listen on; only this computer can reach the default
cli-arg-open = Open the site in the default browser once it is served
cli-arg-article = The article as a plain-text file (copy the text from the web page)
cli-arg-draft-region = Slug of the region the article is about, for the item's id
cli-arg-news-region = Slug of the region the news is about
cli-arg-slug = The region's slug: its file name and address, e.g. `lebak`
cli-arg-level = `provinsi`, `kabupaten`, `kota`, `kecamatan`, `desa` or `kelurahan`
cli-arg-parent = Slug of the region one rung up: the provinsi of a kabupaten or kota, the kabupaten or kota of a kecamatan, the kecamatan of a desa or kelurahan
cli-arg-name = Full name, e.g. "Kabupaten Lebak"
cli-default = [default: { $value }]
cli-possible-values = [possible values: { $values }]
cli-heading-usage = Usage:
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-heading-commands = Commands
cli-options-placeholder = [OPTIONS]
cli-command-placeholder = COMMAND
cli-more-help = For more information, run `{ $command } --help`.
cli-unknown-argument = found the argument `{ $arg }`, which this command does not take
cli-value-after-dashes = to give `{ $arg }` as a value, write `-- { $arg }`
cli-invalid-value = found `{ $value }` for `{ $arg }`, which is not one of its values
cli-empty-value = `{ $arg }` was given no value
cli-missing-required = the required { $count ->
    [one] argument { $args } was
   *[other] arguments { $args } were
  } not given
cli-missing-required-help = add { $count ->
    [one] it
   *[other] them
  } to the command: { $args }
cli-unknown-command = found the command `{ $name }`, which ikm-site does not have
cli-missing-command = `{ $command }` needs a command after it
cli-conflict = `{ $arg }` cannot be given together with { $other }
cli-conflict-help = keep only one of them
cli-given-twice = `{ $arg }` was given more than once
cli-given-twice-help = give it once
cli-no-equals = `{ $arg }` takes its value after `=`, e.g. `{ $arg }=VALUE`
cli-too-many-values = `{ $arg }` takes one value; found another, `{ $value }`
cli-wrong-number-of-values = `{ $arg }` was given the wrong number of values
cli-value-validation = found `{ $value }` for `{ $arg }`, which is not a valid value: { $detail }
cli-invalid-utf8 = an argument is not valid UTF-8 text
cli-other = the arguments could not be read: { $detail }

## What an operating-system error means (messages/mod.rs, os_error)

os-not-found = there is no file or folder there
os-permission-denied = permission denied: this user may not read or write there
os-is-a-folder = that is a folder; expected a file
os-not-a-folder = part of the path is a file; expected a folder
os-already-exists = something is already there
os-folder-not-empty = the folder is not empty
os-invalid-data = the data is not valid (text that is not UTF-8, for instance)
os-storage-full = the disk is full
os-read-only = the file system is read-only
os-crosses-devices = it would have to move to another disk
os-other = system error: { $detail }

## Finding the content files (content/discover.rs)

content-folder-missing = the content folder does not exist or is not a folder
content-folder-missing-help = pass the folder that holds site.yaml, metrics.yaml and regions/ with --content
content-folder-wrong = this does not look like a content folder: it has no site.yaml, and { $why ->
    [inside] it is inside the content folder `{ $parent }`
    [named] it is named like the `regions/` folder of one
   *[holds] it holds region files, as the `regions/` folder of one does
  }
content-folder-wrong-help = { $why ->
    [inside] give the content folder itself
   *[other] give the folder above it, where site.yaml and metrics.yaml sit beside regions/
  }: `--content { $parent }`
entry-unreadable = cannot read: { $error }
not-read = not read: { $why }
entry-is-symlink = found a symbolic link; content is read only from files and folders inside the content folder, and links are never followed
entry-is-symlink-help = replace the link with a copy of the file or folder itself
entry-not-regular = found something that is not a regular file (a pipe, socket or device); expected a file or a folder
entry-not-regular-help = remove it from the content folder
skipped-page-subfolder = pages are the `.md` files directly in `pages/`; sub-folders are not read
skipped-page-subfolder-help = move the page up into `pages/`
skipped-yaml-at-top = region files belong in `regions/`, and the settings files are `site.yaml`, `metrics.yaml`, `sectors.yaml` and `topics.yaml`
skipped-yaml-at-top-help = if this is a region, move it to `regions/{ $name }`
skipped-folder = this folder is not part of the content format, which reads `regions/` and `pages/`
skipped-folder-help = move what it holds into `regions/` or `pages/`, or out of the content folder
skipped-file = this file is not part of the content format
skipped-file-help = region files go in `regions/` as `NAME.yaml`, pages in `pages/` as `NAME.md`
region-file-misnamed = found a region file named `{ $name }`; expected a name ending in `.yaml` (lower case)
page-file-misnamed = found a page named `{ $name }`; expected a name ending in `.md` (lower case)
rename-to = rename it to `{ $name }`
skipped-in-regions = only files ending in `.yaml` in `regions/` are regions
skipped-in-regions-help = move the file out of `regions/`, or rename it to `NAME.yaml` if it is a region
skipped-in-pages = only files ending in `.md` in `pages/` are pages
skipped-in-pages-help = move the file out of `pages/`, or rename it to `NAME.md` if it is a page

## Parsing YAML (content/yaml/, spans.rs, layout.rs)

file-empty = the file is empty; expected { $what }
file-empty-help = start with:
    { $starter }
    or delete the file
flow-too-deep = found lists or mappings nested more than { $limit } levels deep; expected a few levels
place-field = { $field }
path-field = `{ $name }`
path-field-in = `{ $name }` in { $item }
path-news = news item { $news }{ $id ->
    [none] {""}
   *[other] {" "}(`{ $id }`)
  }
path-figure = news item { $news }{ $id ->
    [none] {""}
   *[other] {" "}(`{ $id }`)
  }, figure { $figure }
place-file = the file
value-missing-empty = missing a value for `{ $name }` in { $place }: nothing follows `{ $name }:`; expected the required fields { $required } to have one
value-missing-empty-help = write the value after `{ $name }: ` on the same line
value-missing-null = missing a value for `{ $name }` in { $place }: found `{ $written }`, which YAML reads as no value; expected the required fields { $required } to have one
value-missing-null-help = write the value after `{ $name }: `; put text that really is `{ $written }` in quotes
field-missing = missing field `{ $name }` in { $place }; expected the required fields { $required }
field-missing-help = add `{ $name }: …`
unknown-field = found the unknown field { $field }
unknown-field-help-near = did you mean `{ $name }`? Known fields here: { $known }
unknown-field-help = known fields here: { $known }
quote-to-keep-text = quote it, so it stays text exactly as written: `{ $field }: "{ $written }"`
write-boolean = write `true` or `false` without quotes
thousands-dot-help = a dot in YAML is a decimal point, not a thousands separator: write `{ $number }`
write-range = write the range as `[low, high]`, e.g. `[30, 40]`
write-plain-number = write a plain number such as `15769` or `3.1`, without thousands separators or `%`
write-list = write `{ $field }` as a list: one `- item` per line, or `[a, b]`
add-the-field = add the field; see the content format in README.md
close-the-list = a list opened with `[` needs a closing `]` before the line ends, e.g. `[a, b]`
close-the-mapping = a mapping opened with `{"{"}` needs a closing `{"}"}`, e.g. `{"{"}label: X, kind: count{"}"}`
quote-value-with-colon = quote a value that contains `: `, e.g. `title: "Lebak: IKM tumbuh"`
nesting-help = content files need at most a few levels of nesting
decimal-comma-help = a decimal mark in YAML is a dot, not a comma: write `{ $number }`
number-only-help = write the number alone: `{ $number }`; its unit and kind (count or percent) come from the metric in metrics.yaml
missing-field = missing field `{ $field }`
found-expected = found { $found }{ $value ->
    [none] {""}
   *[other] {" "}{ $value }
}, expected { $expected }
value-kind = { $kind ->
    [string] string
    [integer] integer
    [float] floating point
    [boolean] boolean
    [null] null
    [sequence] list
   *[map] mapping
}
value-kind-expected = { $kind ->
    [number] a number
    [integer] a whole number
    [boolean] `true` or `false`
    [sequence] a list
    [string] a string
   *[map] a mapping of `key: value` lines
}
yaml-value-problem = { $field }: { $detail }
yaml-invalid = invalid YAML: { $detail }
yaml-problem = { $detail }
top-not-mapping = found something other than a mapping at the top of the file; expected `key: value` lines
top-not-list = expected a list at the top of the file
yaml-anchor = found a YAML anchor or alias (`&name` / `*name`); content files do not support them
yaml-anchor-help = write the value out in full where it is used
key-not-scalar = found a list or mapping used as a key; expected a plain name before `:`
yaml-tag = found a YAML tag (`!something`); content files do not support tags
yaml-tag-help = remove the tag; quote the value if it should be text
duplicate-key = found the key `{ $key }` a second time in the same mapping (first on line { $first }); expected each key once
duplicate-key-help = remove one of them: only one value can be kept
control-character = found the invisible control character U+{ $code } at column { $column }; expected plain text
control-character-help = delete it (it often comes with text copied from a PDF or a word processor) and type the text again
tab-in-indentation = found a tab at column { $column } in the indentation; YAML indents with spaces only
tab-in-indentation-help = replace the tab with spaces (most editors can be set to insert spaces for the Tab key)
no-space-after-colon = found `{ $key }:{ $value }` with no space after the colon, so YAML does not read it as the field `{ $key }`
no-space-after-colon-help = put a space after the colon: `{ $key }: { $value }`
misindented = line { $line } is indented { $indent } { $indent ->
    [one] space
   *[other] spaces
  }, but the lines it belongs with are indented { $expected } { $expected ->
    [one] space
   *[other] spaces
  }{ $sibling ->
    [0] {""}
   *[other] {" "}(as on line { $sibling })
  }
indent-help = indent line { $line } by { $by } { $by ->
    [one] space
   *[other] spaces
  } so that it lines up: `{ $fixed }`
outdent-help = outdent line { $line } by { $by } { $by ->
    [one] space
   *[other] spaces
  } so that it lines up: `{ $fixed }`

## Names, Markdown and free pages (content/validate/names.rs, markdown.rs, pages.rs)

name-too-long = found a name of { $length } characters; expected at most { $limit }
markdown-too-large = found Markdown of { $size } bytes; expected at most { $limit }
markdown-too-large-help = split the text, or keep the details for the articles it links to
markdown-too-deep = found Markdown nested more than { $limit } levels deep (block quotes, lists or emphasis inside each other); expected a few levels
markdown-too-deep-help = remove the extra `>` or list markers at the start of the line
kind-front-matter = front matter with at least `title`
page-name-not-slug = found the page name `{ $name }`; expected a slug of lower-case letters, digits and single dashes
page-name-reserved = found the page name `{ $name }`, which the site uses for its own pages
page-name-reserved-help = choose another file name; these are taken: { $taken }
page-name-problem = the page name: { $problem }
page-name-problem-help = rename the file; its name is the page's address
page-no-front-matter = found no front matter; expected the page to start with a `---` line, YAML with `title`, and another `---` line
page-no-front-matter-help = start the file with:
    ---
    title: Tentang
    ---
page-title-empty = `title` is empty; expected the page's title

## Characters in text fields (content/validate/text.rs)

text-place-value = { $field }, character { $at }
text-control-character = found the control character U+{ $code } in { $place }; expected plain text
text-control-character-help = delete it: it is invisible, and usually comes from an escape such as `\x01` or `\u0001` in double quotes, or from text copied from a PDF
text-line-break = found a line break in { $place }; expected one line of text
text-line-break-help = write the value on one line; only Markdown texts (`summary`) may span lines
text-invisible-character = found the invisible { $kind ->
    [bidi] direction control
   *[other] zero-width character
  } U+{ $code } ({ $name }) in { $place }; it shows as nothing, but changes how the text { $kind ->
    [bidi] is ordered on the screen
   *[other] is searched and copied
  }
text-invisible-character-help = delete it, unless the text really needs it (a name written right to left, words joined on purpose)

## Settings files (content/validate/settings.rs)

site-file-missing = the file is missing; expected the site settings
site-file-missing-help = create it with at least `title:` and `base_url:` (see README.md)
kind-site = the site settings (`title`, `base_url`)
site-title-empty = `title` is empty; expected the site's title
site-language = found the language `{ $language }`; expected `id`
site-language-help = the site's text is Indonesian; remove the field or write `language: id`
base-url-option = found `{ $url }`: { $problem }
base-url-field = `base_url` is `{ $url }`: { $problem }
base-url-help = give an absolute URL such as `https://owner.github.io/repo/`
source-date-epoch-invalid = found the environment variable set to `{ $value }`; expected the seconds since 1970-01-01 UTC, a whole number with no sign but `-`
source-date-epoch-help = fix the day of the build with, for example, `SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`, or remove the variable (`unset SOURCE_DATE_EPOCH`) to use today's date
cname-not-domain = found the cname `{ $domain }`; expected a bare domain name
cname-not-domain-help = write only the domain, e.g. `cname: ikm.example.id` (no `https://`, no path)
data-license-unknown = found the data licence `{ $license }`, which is not one of the open data licences known
data-license-unknown-help = write the SPDX id of one of the licences known: { $names }; without `data_license`, CC-BY-4.0 is used
data-license-did-you-mean = did you mean `{ $name }`? The licences known: { $names }
url-not-absolute = not an absolute URL ({ $error })
url-scheme = the scheme `{ $scheme }` is not allowed; expected `https` or `http`
url-query = expected no `?query` or `#fragment`
metrics-file-missing = the file is missing; expected the metric vocabulary
metrics-file-missing-help = create it with one entry per metric, e.g. `jumlah_ikm: {"{"}label: Jumlah IKM, kind: count{"}"}`
kind-metrics = a map from metric id to `label`, `unit` and `kind`
metric-id-shape = found the metric id `{ $id }`; expected lower-case letters, digits and `_`, starting with a letter
for-example = e.g. `{ $example }`
metric-label-empty = `{ $id }.label` is empty; expected the Indonesian label
metric-kind = found the kind `{ $kind }`; expected `count`, `percent` or `money`
metric-money-unit = found the unit `{ $unit }` for a `kind: money` metric; expected `rupiah` or no unit
metric-money-unit-help = a money figure is written in rupiah (`value: 37000000000`) and shown as `Rp37 miliar`; write `unit: rupiah` or leave `unit` out, and write each value in whole rupiah
metric-growth-of-unknown = `{ $id }.growth_of` names the metric `{ $metric }`, which metrics.yaml does not define
metric-growth-of-not-percent = `{ $id }.growth_of` is for percent metrics only, but `{ $id }` is of kind `count`
metric-growth-of-not-percent-help = a growth rate is written as a percent: write `kind: percent` for `{ $id }`, or remove `growth_of`
metric-growth-of-not-count = `{ $id }.growth_of` names `{ $metric }`, which is not a count metric (`count`); a growth rate is computed from counts
metric-growth-of-not-count-help = name one of the count metrics: { $names }
kind-vocabulary = a map from slug to label
vocabulary-slug-shape = found the { $what ->
    [sector] sector
   *[topic] topic
  } `{ $slug }`; expected a slug of lower-case letters, digits and single dashes
vocabulary-label-empty = the label of `{ $slug }` is empty; expected the name shown on the site

## Region files (content/validate/regions/)

kind-region = a region with at least `name` and `level`
region-level = found the level `{ $level }`; expected `provinsi`, `kabupaten`, `kota`, `kecamatan`, `desa` or `kelurahan`
region-name-empty = `name` is empty; expected the region's full name, e.g. `Kabupaten Lebak`
region-parent-missing = a { $level } needs a `parent`; found none
region-parent-missing-help = add `parent:` with the slug of the { $expected } it belongs to (its file name without `.yaml`)
province-has-parent = found a `parent` on a provinsi; expected none
province-has-parent-help = remove `parent`, or change `level` to the region's own level (`kabupaten`, `kota`, `kecamatan`, `desa` or `kelurahan`)
parent-use-level = use the { $expected } it belongs to: `{ $name }`
parent-use-level-slug = use the slug of a { $expected } file
parent-use-one-below = use the { $expected } in `{ $parent }` it belongs to: { $names }
parent-wrong-level = the parent `{ $parent }` is a { $level }, not a { $expected }; a { $child } belongs to a { $expected }
parent-unknown = found the parent `{ $parent }`, but no region file has that slug
parent-unknown-help = the parent is the file name, without `.yaml`, of a { $expected } in content/regions/
tag-not-in-vocabulary = found the { $field ->
    [sectors] sector
   *[topics] topic
  } `{ $slug }`, which { $field }.yaml does not list
tag-not-in-vocabulary-help = { $suggestion } (or add `{ $slug }` to { $field }.yaml)
news-id-again = found the news id `{ $id }` again; expected ids unique across the site
news-id-again-help = it is already used at { $file }:{ $line }; give this item another id
too-many-figures = found { $count } figures in one news item; expected at most { $limit }
too-many-figures-help = an article reports a few figures; split a table into the items that reported it
lone-tag = found the { $field ->
    [sectors] sector
   *[topics] topic
  } `{ $slug }` only here, and `{ $close }` at { $file }:{ $line }; is it a typo?
lone-tag-help = write `{ $close }` if that was meant; a { $field }.yaml file listing the known { $field } turns this into a check
region-file-not-slug = found the file name `{ $name }`; expected a slug of lower-case letters, digits and single dashes
region-file-name-problem = the file name: { $problem }
region-slug-again = found the slug `{ $slug }` a second time; expected slugs unique across content/regions/
region-slug-again-help = { $file } already uses it; rename one of the two files
region-code-again = found the code `{ $code }` again, already given to { $name } at { $file }:{ $line }; expected one region per Kemendagri code
region-code-again-help = check both regions' codes against the Kemendagri list and correct the wrong one; if both files are the same region, delete one
code-shape = found the code `{ $code }`; expected a Kemendagri code such as `"36"` or `"36.02"`
code-shape-help = each part has two digits (a village part four), separated by dots: `"36"`, `"36.02"`, `"36.02.01"`
code-for-level = found the code `{ $code }` on a { $level }; expected { $parts ->
    [1] two digits, e.g. `"36"`
    [2] `NN.NN`, e.g. `"36.02"`
    [3] `NN.NN.NN`, e.g. `"36.02.01"`
   *[other] `NN.NN.NN.NNNN`, e.g. `"36.02.01.2001"`
  }
code-not-under-parent = found the code `{ $code }`, which is not under the parent's code `{ $parent }`
code-not-under-parent-help = a code under this parent starts with `{ $parent }.`
official-code-unknown = found the code `{ $code }`, which is not in the official Kemendagri list of regions
official-code-unknown-help = the nearest official codes: { $nearest }; check this region's code in the Kemendagri list
official-name = found the name `{ $name }`; expected the official name of the code `{ $code }`, { $official }
official-name-help = write `name: { $suggested }`; if this is another region, correct its `code`
official-name-or-code-help = write `name: { $suggested }`; or, if this file is { $name }, write `code: "{ $code }"`
official-level = found `level: { $level }`; expected { $official }, which the Kemendagri list gives the code `{ $code }`
official-level-help = write `level: { $official }`
official-name-unknown = found the name `{ $name }`, which is not { $parent ->
    [none] a province
   *[other] a { $level } under { $parent }
} in the Kemendagri list
official-name-unknown-close = perhaps `name: { $suggested }` (code `{ $code }`) was meant; or write the region's `code`
official-name-unknown-help = check the name's spelling against the Kemendagri list, or write the region's `code`; for test data, write `official_regions: false` in site.yaml
official-name-several = found `{ $name }`, which matches more than one official region: { $found }
official-name-several-help = write the `code` of the region meant
official-list-line = found a line that breaks the shape of a region list: { $problem }
official-list-help = each line holds a code, a tab, then a name (`36.02<TAB>Kabupaten Lebak`), sorted by code, like the built-in list
official-list-no-tab = no tab between the code and the name
official-list-bad-code = the code `{ $code }` is not `36`, `36.02`, `36.02.01` or `36.02.01.2001`
official-list-bad-name = the name is empty or holds a control character
official-list-order = the code `{ $code }` does not come after `{ $previous }` on the line before; expected codes sorted, each once
official-list-no-parent = the parent `{ $parent }` of the code `{ $code }` is not in the list
official-list-too-large = the list is larger than 4 GB
official-list-more = … and { $count } more lines that break the shape
date-shape = found the date `{ $date }`; expected `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
date-shape-help = write only as much as the source says: `2019`, `2019-07` or `2019-07-18`; leave the field out when the date is unknown
as-of-shape-help = write only as much as the source says: `2019`, `2019-07` or `2019-07-18`; if the article does not state this figure's period, write `as_of: unknown` (without `as_of`, its period is the news item's date)
date-year-range = found the year { $year } in `{ $date }`; expected a year from { $from } to { $to }
date-year-range-help = check the year against the article
markdown-in-field = { $field }: { $problem }
date-in-future = found the date `{ $date }`, which is after today ({ $today }); expected a date that has passed
date-in-future-help = check the year against the article; a date in the future is usually a typo
news-id-not-slug = found the id `{ $id }`; expected a slug of lower-case letters, digits and single dashes
news-id-too-long-help = shorten the id; it is part of the page's address
summary-too-large = found a summary of { $size } bytes; expected at most { $limit }
summary-too-large-help = a summary is a few paragraphs in your own words; keep the details for the article it links to
field-empty = `{ $field }` is empty; expected text
outlet-empty-help = write the outlet's name, or `tidak diketahui` when the article names none
summary-empty-help = summarise the article in your own words
title-empty-help = copy the article's headline
news-url = found the url `{ $url }`; expected an absolute `https://` or `http://` link
too-many-tags = found { $count } { $field } on one news item; expected at most { $limit }
too-many-tags-help = keep the { $field } the article is really about
tag-not-slug = found `{ $slug }` in `{ $field }`; expected a slug of lower-case letters, digits and single dashes
metric-unknown = found the metric `{ $metric }`, which metrics.yaml does not define
value-and-range = found both `value` and `range`; expected one of them
value-and-range-help = keep `value` for one number, or `range` for "between … and …", not both
no-value-or-range = found a figure with neither `value` nor `range`; expected one of them
no-value-or-range-help = add `value: 700`, or `range: [30, 40]` for "30–40"
range-length = found a range of { $count } numbers; expected two, `[low, high]`
range-order = found the range `[{ $low }, { $high }]`, whose low end is not below its high end; expected `[low, high]`
range-swap-help = swap the ends: `[{ $low }, { $high }]`
range-single-help = for a single number write `value: { $value }`
as-of-after-published = found `as_of: { $as_of }`, which is after the article's date `{ $published }`; expected the period the article reports, which cannot come after it
as-of-after-published-help = check both dates against the article; `as_of` is the period the figure describes
percent-below-one = found `{ $value }` for a percent metric, which is below 1%; did you mean { $percent }%?
percent-below-one-help = percent metrics take the number before `%`: write `{ $written }` for { $percent }%
thousands-dots-read-as = found `{ $written }`, which YAML reads as { $read_as }; expected a whole number written without thousands dots
thousands-dots = found `{ $written }`; expected a whole number written without thousands dots
thousands-dots-ambiguous = found `{ $written }`, which YAML reads as { $read_as }; in Indonesian its dot groups thousands, so it may mean { $number }
thousands-dots-ambiguous-help = write `{ $number }` if the article means { $number }, or `{ $decimal }` if it means the decimal { $read_as } (a dot before three digits reads as a thousands separator)
value-negative = found the value `{ $value }`; expected a number of 0 or more
value-negative-help = only a `kind: percent` metric, such as a growth rate, may be below 0; check the sign, or the figure's `metric`
value-not-whole = found the value `{ $value }`; this metric counts whole things; expected a whole number
value-too-large = found the value `{ $value }`; expected a number below 1.000.000.000.000.000
value-not-exact = found `{ $written }`, which YAML reads as { $read_as }; expected a number YAML keeps digit for digit (at most 15 significant digits)
value-not-exact-help = write `{ $read_as }`, or round the number as the article does
conflict = figures for `{ $metric }` in { $period ->
    [none] an undated period
   *[other] { $period }
  } differ; the site shows them side by side, each with its source
conflict-help = the other { $count ->
    [one] figure
   *[other] figures
  }: { $others }
period-overlap = the figure for `{ $metric }` in { $period } differs from figures for moments inside it; the periods overlap, so both may be right, and the site marks them "overlapping periods"
period-overlap-help = the other { $count ->
    [one] figure
   *[other] figures
  }: { $others }; once checked, add `checked: [period-overlap]` to this figure

## Links (content/links.rs, render/links/)

link-form-unknown = found the link `{ $link }`, which is no form of `@/` link
link-forms-help = write the page's address on the site with `@` in front of it, without the base path: { $names }
link-root-relative = found the link `{ $link }`, which starts at the server's root and so leaves the site when it is served under a path (`/repo/` on GitHub Pages); expected an `@/` link
link-write-instead = write `{ $form }` instead
link-relative = found the relative link `{ $link }`, which leads somewhere else on each page that shows this text; expected an `@/` link
link-fragment-alone = found the link `{ $link }`, which names the place `{ $fragment }` on whichever page shows this text; expected an `@/` link with its page, `@/…#{ $fragment }`
link-target-unknown = found the link `{ $link }` to the { $kind } `{ $name }`, which the site does not have
link-target-unknown-help = check the spelling: an `@/` link must name a { $kind } the content has
link-kind-region = region
link-kind-news = news item
link-kind-topic = topic
link-kind-sector = sector
link-kind-page = page
link-external-scheme = found the address `{ $link }` with the scheme `{ $scheme }`, which is no web address; expected `https://`, `http://` or `mailto:`
link-external-slashes = found the address `{ $link }` without `//` after `{ $scheme }:`; expected `{ $scheme }://host/…`
link-external-host = found the address `{ $link }`, whose host is not valid (a space in it, or none); expected `https://host/path`
link-external-host-help = copy the address again from the browser's address bar; links to other sites are only read, never fetched
link-no-page = found the link `{ $link }`, which leads to no page of the site: nothing is built at `{ $file }`
link-outside-base = found the link `{ $link }`, which is outside the site's base path `{ $base }` and so leaves the site
link-no-fragment = found the link `{ $link }` to `#{ $fragment }`, but `{ $file }` has no element with the id `{ $fragment }`
link-in-template = on the page { $page }: { $problem }
link-template-help = build the address from the template's context (`links.regions`, `home_url`, or `base` before a path) rather than writing it, so that it leads to a page the site builds
link-content-fragment-help = link to an id that page has (such as `#angka-1` on a news page), or leave out `#…`

## Writing the output (output/write.rs)

output-unresolvable = cannot resolve the output path { $path }: { $error }
content-unresolvable = cannot resolve the content folder { $path }: { $error }
output-is-root = the output path { $path } is the root of the file system; expected a folder such as `public`
output-refused = refusing to write { $what ->
    [schemas] the schemas
   *[site] the site
  } to { $path }: { $why }; nothing was written
output-refused-help = { $refusal }
    {"  "}= help: { $help }
output-overlaps-content = it { $relation ->
    [is] is
    [holds] holds
   *[inside] is inside
  } the content folder { $path }; expected a separate folder such as `public`
output-overlaps-theme = it { $relation ->
    [is] is
    [holds] holds
   *[inside] is inside
  } the theme folder { $path }, which the build reads; expected a separate folder such as `public`
output-in-git = it is inside a `.git` folder; expected a folder outside it such as `public`
output-holds-repository = it holds the git repository { $path }; expected a folder inside it such as `public`
cannot-read = cannot read { $path }: { $error }
cannot-write = cannot write { $path }: { $error }
cannot-create-folder = cannot create the folder { $path }: { $error }
output-is-file = it is a file, not a folder
output-not-a-build = the folder holds files that this tool did not write (a build is marked by its `{ $stamp }` file); expected an empty folder or a previous build
output-foreign-path = it holds { $path }, which the previous build did not write, and the folder is replaced whole; expected only what the previous build wrote
output-foreign-path-help = move { $path } out of the folder, or build into another folder with `--output`
output-unrecorded-build = its `{ $stamp }` file does not list the files the previous build wrote (an older ikm-site wrote it, or it is damaged), so it cannot be told whether the folder holds anything else
output-unrecorded-build-help = check that { $path } holds nothing you need, delete it and build again, or build into another folder with `--output`
output-target-not-a-file = { $path } is { $kind ->
    [link] a symbolic link, and nothing is written through one (what it points to stays as it is)
   *[other] not a file
  }; expected a file or nothing there
output-target-help = remove { $path }, or write into another folder with `--output`
output-unchanged = { $problem }; the previous output is unchanged
output-stamp-reserved = the site has a file named { $path }, which is reserved for the build stamp
output-move-in-failed-nothing-written = cannot move the new site into { $path }: { $error }; nothing was written
output-move-aside-failed = cannot move the previous output { $path } aside: { $error }
output-move-in-failed = cannot move the new site into { $path }: { $error }
output-restore-failed = cannot move the new site into { $path } ({ $error }), nor put the previous output back ({ $back }): the previous output is now in { $kept }; move it back to { $path } by hand
output-old-not-removed = the new site is in { $path }, but the previous output could not be removed from { $old }: { $error }; delete that folder by hand

## Rendering (render/)

render-threads-failed = cannot start the render threads: { $error }
render-failed-for = { $place }: { $problem }
render-page-failed = cannot render { $file } with { $template }: { $error }
render-file-failed = cannot render { $template }: { $error }
render-context-failed = cannot prepare a page for its template: { $error }
search-index-failed = cannot write the search index: { $error }
chart-failed = cannot draw the chart { $title }: { $error }
chart-data-failed = cannot write the chart data { $file }: { $error }
data-file-failed = cannot write the data file { $file }: { $error }
output-path-collision = two parts of the site would write `{ $path }`: { $first } and { $second }; rename one of them
owner-stamp = the build stamp
owner-search-index = the search index
owner-generated = the generated `{ $file }`
owner-chart = a chart of the site
owner-site-static = the site's static file { $file }
owner-default-static = the default static file `{ $file }`
owner-free-page = the free page `pages/{ $name }.md`
owner-page = the generated page `{ $file }`
template-not-utf8 = found a template that is not UTF-8 text; expected a UTF-8 encoded file
template-parse = a template does not parse: { $error }
template-recursion = the templates call themselves without end: { $steps }; a template may not include, extend, import or call itself, directly or through others
template-missing-parent = the template `{ $template }` extends `{ $parent }`, which is neither a default template nor a file in templates/; expected the name of an existing template, such as `base.html`
override-folder-symlink = found a symbolic link; override folders are read only as real folders, and links are never followed
override-not-regular = found { $what ->
    [link] a symbolic link
   *[other] something other than a regular file
  }; override folders may hold only regular files, and links are never followed
override-too-large = the file has { $size } bytes; expected at most { $limit } bytes

## Command summaries (cmd/)

build-summary = Built { $pages } pages and { $charts } charts into { $output } in { $seconds } s{ $overrides ->
    [none] {""}
   *[other] , with the site's own { $overrides }
  }
check-summary = Checked { $content }: { $pages } pages and { $charts } charts would be built, { $warnings } { $warnings ->
    [one] warning
   *[other] warnings
  }
both = { $first } and { $second }

## Inside a template (render/template_guard.rs): raised in Tera, always in English

template-get-env = `get_env` is not available: templates cannot read the environment of the build
template-range-argument = `range` got { $name }={ $value }; expected a whole number of 0 or more
template-range-end = `range` needs an `end`
template-range-step = `range` got step_by=0; expected 1 or more
template-range-budget = `range` was asked for { $count } numbers, and at most { $limit } may be made while one page renders

## Starting content (authoring/new.rs, cmd/new.rs)

new-slug-shape = found the slug `{ $slug }`; expected lower-case letters, digits and single dashes, e.g. `lebak` or `kota-kendari`
new-level-near = found the level `{ $level }`; did you mean `{ $name }`?
new-level = found the level `{ $level }`; expected `provinsi`, `kabupaten`, `kota`, `kecamatan`, `desa` or `kelurahan`
new-name-empty = the name is empty; give the region's full name with --name, e.g. --name "Kabupaten Lebak"
new-no-regions-folder = { $path } has no `regions/` folder; pass the content folder with --content
new-wrong-folder = { $path }: { $problem }; { $help }
new-region-exists = a region with the slug `{ $slug }` already exists: { $path }; nothing was written
new-parent-unknown-near = no { $expected } has the slug `{ $parent }`; did you mean `{ $name }`?
new-parent-unknown = no { $expected } has the slug `{ $parent }`; create it first with `ikm-site new region { $parent } --level { $level }{ $parent_flag } --name "…"`
new-region-unknown-near = no region has the slug `{ $slug }`; did you mean `{ $name }`?
new-region-unknown = no region has the slug `{ $slug }`; the slug is the region file's name without `.yaml`
new-slug-problem = the slug: { $problem }; choose a shorter one, since it becomes the file's name and the page's address
new-news-unreadable = the region file must read before a news item can be added to it; fix the problems above (`ikm-site check` shows them too), then try again; nothing was written
new-news-flow-region = found the whole file written as one flow mapping `{"{"} … {"}"}`; expected one field per line (`name: …`, `level: …`, `news:`), where a news item can be added safely; nothing was written
new-news-flow-region-help = write each field on its own line at the start of the line, without the braces, then run the command again
new-news-flow-list = found `news` written as a flow list `[ … ]` with items in it; expected a block list, one item per `- id:` line, where a news item can be added safely; nothing was written
new-news-flow-list-help = write each item on its own lines, starting with `- id:`, under `news:`, then run the command again
new-news-layout = found `news` written in a way this command cannot edit safely; nothing was written
new-news-layout-help = write `news: []` or `news:` on a line of its own, with the items below it starting with `- id:`, then run the command again
new-news-not-added = adding the item here would not read back as exactly one more news item, with the rest of the file unchanged; the file was left as it was
new-news-not-added-help = add the item by hand, copying the layout of the items already there, then run `ikm-site check`
new-region-written = Wrote { $path }; fill it in, then run `ikm-site check`
new-official-name-changed = `{ $name }` is not in the Kemendagri list; wrote its official name `{ $official }` (code `{ $code }`) instead; if this is another region, delete the file and check the name's spelling
new-official-several = found `{ $name }`, which matches more than one official region: { $regions }; nothing was written, since only a code tells them apart: write the file by hand with the `code` of the one meant, then run `ikm-site check`
new-official-unknown = found `{ $name }`, which is not an official { $level } in { $under }; the closest: { $regions }; nothing was written; check the name's spelling and `--parent`, or for test data write `official_regions: false` in site.yaml
new-news-written = Added the news item `{ $id }` to { $path }; fill in the TODOs, then run `ikm-site check`
field-todo = `{ $field }` still holds the starter text (it begins with TODO)
field-todo-help = replace it before publishing: the site would show it as it is

## A draft from an article (authoring/draft/repeat.rs, cmd/draft.rs)
draft-repeated = this article looks like one the region already has, the news item `{ $id }` ({ $by ->
    [address] the same address
   *[title] the same title and outlet
  }), at { $at }
draft-repeated-help = the draft is printed anyway; compare it with that item first: if it is the same article, do not paste it (`check` would warn `news-repeated`); if it really is another article, paste it and add `checked: [news-repeated]` to the new item
draft-content-errors = the content folder has { $count } { $count ->
    [one] error
   *[other] errors
  }; the draft is made anyway with metrics.yaml, sectors.yaml and topics.yaml, but not compared with the region's news; run `ikm-site check` to see and fix them

## Warnings an editor may acknowledge (content/validate/advice.rs)

checked-unknown = found `{ $code }` in `checked`, which is not a warning that can be acknowledged here
checked-stale = `checked` acknowledges `{ $code }`, but there is no such warning here any more
checked-stale-help = remove `{ $code }` from `checked`, so that the warning shows again if it comes back
figure-undated = the figure for `{ $metric }` has no date: neither its news item's `published` nor its own `as_of`
figure-undated-help = add the article's date as `published`, or the period it reports as `as_of`; if the article does not state the period, write `as_of: unknown`
approx-unknown = found `approx: { $value }`, expected `true` ("sekitar", about), `false`, `more_than` ("lebih dari"), `less_than` ("kurang dari", "tidak mencapai") or `almost` ("hampir")
approx-boolean-help = write `true` or `false` without quotes, or the word of a bound: `more_than`, `less_than`, `almost`
metric-jump = `{ $metric }` goes from { $from } to { $to } ({ $percent }%) in { $years ->
    [one] one year
   *[other] { $years } years
  } between consecutive dated figures, { $yearly }% a year; expected at most { $limit }% a year
metric-jump-help = compare with { $other }: a different scope or a typo is more likely than such a change; if both are right, add `checked: [metric-jump]` to either figure
news-without-url = the news item `{ $id }` has no `url`; readers cannot open the article
news-without-url-help = add the article's address as `url`; if it cannot be found online, add `checked: [news-without-url]`
news-repeated = the news item `{ $id }` looks like the same article as `{ $first }` (the same address, or the same title and outlet)
news-repeated-help = the first is at { $at }; remove one of them if it was entered twice; if they really are two articles, or one article giving figures for several regions (a province article listing its regencies, repeated in each region's file as it should be), add `checked: [news-repeated]`
region-without-news = { $name } has no news of its own or of its sub-regions; its page shows only its name
region-without-news-help = add a news item with `ikm-site new news --region { $slug }`, or `checked: [region-without-news]` if the page is wanted anyway

## On the terminal (cmd/)

progress-load = Reading
progress-render = Rendering
progress-write = Writing
verbose-content = { $regions } regions, { $news } news items and { $figures } figures read
verbose-timings = load { $load } s, render { $render } s, write { $write } s

# serve
serve-listening = Serving the site from memory at { $url } (nothing is written to disk). Watching { $folders }; press Ctrl-C to stop.
serve-port-in-use = port { $port } is already used by another program; close that program, or choose another port with `--port`, e.g. `--port 1112` (`--port 0` picks a free one)
serve-bind-failed = cannot listen on { $address }: { $error }
serve-watch-failed = cannot watch the source folders: { $error }
serve-signal-failed = cannot catch Ctrl-C: { $error }
serve-open-failed = cannot open the browser: { $error }
serve-warnings = { $count } warnings; run `ikm-site check` to see them
serve-waiting = The site cannot be built yet; fix the problem above and save, and the page in the browser reloads by itself.
serve-kept = The last good site is still served; fix the problem above and save again.
serve-rebuilt = { $files } changed: tabs reloaded after { $ms } ms; { $count } files that may have changed rendered again
serve-rebuilt-all = { $files } changed: the whole site checked ({ $count } files) and tabs reloaded after { $ms } ms
serve-rebuilt-phases = reading and checking { $load } ms, route table { $plan } ms, finding the affected files { $map } ms, rendering { $render } ms
serve-stopped = Stopped.
serve-no-site = The site cannot be built yet
serve-overlay-title = The last change cannot be built
serve-overlay-help = The page below is from the last version that built. Fix the file and save; the page reloads by itself.
serve-overlay-close = Close
