# Teks bahasa Indonesia untuk setiap pesan ikm-site. Teks bahasa Inggris ada
# di en.ftl dengan id yang sama; sebuah tes menjaga keduanya tetap sejalan.
# Argumen ditulis `{ $nama }`.

## Cara diagnostik ditampilkan

label-error = kesalahan
label-warning = peringatan
label-help = saran
more-problems-in-file = … dan { $count } masalah lagi di { $file }
count-warnings = { $warnings } peringatan
count-errors = { $errors } kesalahan; tidak ada yang ditulis
count-errors-warnings = { $errors } kesalahan dan { $warnings } peringatan; tidak ada yang ditulis
did-you-mean = maksud Anda `{ $name }`?
expected-one-of = yang diharapkan salah satu dari: { $names }

## Membaca berkas (content/source.rs)

file-unreadable = berkas tidak dapat dibaca: { $error }
file-missing = tidak ada berkas di sini
file-missing-help = periksa nama berkasnya, dan bahwa jalurnya benar dari folder tempat perintah dijalankan
file-is-folder = ini folder; yang diharapkan berkas teks
file-is-folder-help = berikan jalur sebuah berkas di dalamnya
file-is-symlink = ini tautan simbolis; konten hanya dibaca dari berkas di dalam folder konten, dan tautan tidak pernah diikuti
file-is-symlink-help = ganti tautan itu dengan salinan berkasnya sendiri
file-not-regular = ini bukan berkas biasa; yang diharapkan berkas teks
file-too-large = berkas ini berukuran { $size } bita; berkas konten paling besar { $limit } MB
file-too-large-help = bagi berita wilayah ini ke berkas sub-wilayahnya, atau persingkat ringkasannya
file-not-utf8 = ada bita 0x{ $byte } yang bukan teks UTF-8; berkas harus berenkode UTF-8
file-not-utf8-help = simpan berkas dengan enkode UTF-8 (kebanyakan penyunting menawarkannya di "Save as"/"Simpan sebagai")

## Baris perintah: bantuan dan kesalahan argumen (localize.rs)

cli-about = Pembangkit situs statis untuk angka industri kecil dan menengah (IKM) Indonesia, dengan sumber untuk setiap angka
cli-about-build = Bangun situs ke folder keluaran (diganti hanya bila pembangunan berhasil)
cli-about-check = Periksa konten dan tampilkan setiap masalah dan konflik, tanpa menulis apa pun
cli-about-schema = Tulis JSON Schema berkas konten, untuk penyunting yang melengkapi dan memeriksa YAML
cli-about-new = Mulai berkas wilayah atau berita baru, siap diisi
cli-about-new-region = Tulis berkas awal berkomentar untuk sebuah wilayah, di samping induknya (provinsi di foldernya sendiri)
cli-about-new-news = Tambahkan berita awal dengan id baru ke berkas sebuah wilayah
cli-about-draft = Buat draf berita dari teks polos sebuah artikel: angkanya, metrik yang mungkin, medianya dan tanggalnya
cli-about-help = Tampilkan pesan ini atau bantuan perintah yang disebut
cli-arg-help = Tampilkan bantuan
cli-arg-version = Tampilkan versi
cli-arg-help-command = Perintah yang dijelaskan, misalnya `new region`
cli-arg-content = Folder berisi site.yaml, metrics.yaml, regions/ dan pages/
cli-arg-output = Folder tempat situs ditulis; folder yang sudah ada harus kosong atau hasil bangun sebelumnya
cli-arg-schema-output = Folder tempat skema wilayah, metrik, situs dan kosakata ditulis; bawaannya `docs/schema` di samping folder konten, yang ditunjuk baris pertama berkas konten
cli-arg-base-url = URL absolut tempat situs diterbitkan, misalnya https://owner.github.io/repo/ (menggantikan base_url di site.yaml)
cli-arg-lang = Bahasa pesan, termasuk bantuan: `id` (Indonesia) atau `en` (Inggris); bawaannya `language` situs di site.yaml, bahasa Indonesia bila `id` atau tidak ada
cli-arg-quiet = Tampilkan kesalahan saja: tanpa peringatan, baris ringkasan atau bilah kemajuan
cli-arg-verbose = Tampilkan juga apa yang dibaca dan lama setiap tahap
cli-arg-format = `text` untuk dibaca orang; `json` mencetak satu objek JSON per masalah di stdout (severity, code, file, line, column, message, help), untuk penyunting dan CI
cli-about-serve = Sajikan situs dari memori di bawah jalur dasarnya, bangun ulang setiap kali berkas disimpan dan muat ulang tab yang terbuka
cli-arg-port = Port yang didengarkan; 0 memilih port yang bebas (alamat yang dicetak menyebutkannya)
cli-arg-bind = Alamat yang didengarkan; alamat bawaan hanya dapat dijangkau dari komputer ini
cli-arg-open = Buka situs di peramban bawaan setelah disajikan
cli-arg-article = Artikel sebagai berkas teks polos (salin teksnya dari halaman web)
cli-arg-draft-region = Slug wilayah yang dibahas artikel, untuk id berita
cli-arg-news-region = Slug wilayah yang dibahas berita
cli-arg-slug = Slug wilayah: nama berkas dan alamatnya, misalnya `lebak`
cli-arg-level = `provinsi`, `kabupaten`, `kota`, `kecamatan`, `desa` atau `kelurahan`
cli-arg-parent = Slug wilayah satu tingkat di atasnya: provinsi untuk kabupaten atau kota, kabupaten atau kota untuk kecamatan, kecamatan untuk desa atau kelurahan
cli-arg-name = Nama lengkap, misalnya "Kabupaten Lebak"
cli-default = [bawaan: { $value }]
cli-possible-values = [nilai yang mungkin: { $values }]
cli-heading-usage = Penggunaan:
cli-heading-options = Opsi
cli-heading-arguments = Argumen
cli-heading-commands = Perintah
cli-options-placeholder = [OPSI]
cli-command-placeholder = PERINTAH
cli-more-help = Untuk keterangan lebih lanjut, jalankan `{ $command } --help`.
cli-unknown-argument = argumen `{ $arg }` tidak dikenal oleh perintah ini
cli-value-after-dashes = untuk memberikan `{ $arg }` sebagai nilai, tulis `-- { $arg }`
cli-invalid-value = `{ $value }` bukan nilai yang sah untuk `{ $arg }`
cli-empty-value = `{ $arg }` tidak diberi nilai
cli-missing-required = argumen wajib { $args } tidak diberikan
cli-missing-required-help = tambahkan ke perintah: { $args }
cli-unknown-command = perintah `{ $name }` tidak dikenal oleh ikm-site
cli-missing-command = `{ $command }` memerlukan perintah sesudahnya
cli-conflict = `{ $arg }` tidak dapat diberikan bersama { $other }
cli-conflict-help = pilih salah satu saja
cli-given-twice = `{ $arg }` diberikan lebih dari sekali
cli-given-twice-help = berikan sekali saja
cli-no-equals = `{ $arg }` menerima nilainya sesudah `=`, misalnya `{ $arg }=NILAI`
cli-too-many-values = `{ $arg }` menerima satu nilai; ada nilai lain, `{ $value }`
cli-wrong-number-of-values = jumlah nilai untuk `{ $arg }` tidak tepat
cli-value-validation = `{ $value }` bukan nilai yang sah untuk `{ $arg }`: { $detail }
cli-invalid-utf8 = sebuah argumen bukan teks UTF-8 yang sah
cli-other = argumen tidak dapat dibaca: { $detail }

## Arti galat sistem operasi (messages/mod.rs, os_error)

os-not-found = berkas atau folder itu tidak ada
os-permission-denied = izin ditolak: pengguna ini tidak boleh membaca atau menulis di situ
os-is-a-folder = itu folder; yang diharapkan berkas
os-not-a-folder = sebagian jalurnya adalah berkas; yang diharapkan folder
os-already-exists = sudah ada sesuatu di situ
os-folder-not-empty = folder itu tidak kosong
os-invalid-data = datanya tidak sah (misalnya teks yang bukan UTF-8)
os-storage-full = disk penuh
os-read-only = sistem berkas hanya-baca
os-crosses-devices = harus dipindahkan ke disk lain
os-other = galat sistem: { $detail }

## Mencari berkas konten (content/discover.rs)

content-folder-missing = folder konten tidak ada atau bukan folder
content-folder-missing-help = berikan folder yang berisi site.yaml, metrics.yaml dan regions/ dengan --content
content-folder-wrong = ini tampaknya bukan folder konten: tidak ada site.yaml di dalamnya, dan { $why ->
    [inside] folder ini berada di dalam folder konten `{ $parent }`
    [named] namanya seperti folder `regions/` milik folder konten
   *[holds] isinya berkas wilayah, seperti folder `regions/` milik folder konten
  }
content-folder-wrong-help = { $why ->
    [inside] berikan folder kontennya sendiri
   *[other] berikan folder di atasnya, tempat site.yaml dan metrics.yaml berada di samping regions/
  }: `--content { $parent }`
entry-unreadable = tidak dapat dibaca: { $error }
not-read = tidak dibaca: { $why }
entry-is-symlink = ini tautan simbolis; konten hanya dibaca dari berkas dan folder di dalam folder konten, dan tautan tidak pernah diikuti
entry-is-symlink-help = ganti tautan itu dengan salinan berkas atau foldernya sendiri
entry-not-regular = ini bukan berkas biasa (pipa, soket atau perangkat); yang diharapkan berkas atau folder
entry-not-regular-help = hapus dari folder konten
skipped-page-subfolder = halaman adalah berkas `.md` langsung di `pages/`; sub-folder tidak dibaca
skipped-page-subfolder-help = pindahkan halaman ke `pages/`
skipped-yaml-at-top = berkas wilayah tempatnya di `regions/`, dan berkas pengaturan adalah `site.yaml`, `metrics.yaml`, `sectors.yaml` dan `topics.yaml`
skipped-yaml-at-top-help = jika ini berkas wilayah, pindahkan ke `regions/{ $name }`
skipped-folder = folder ini bukan bagian format konten, yang membaca `regions/` dan `pages/`
skipped-folder-help = pindahkan isinya ke `regions/` atau `pages/`, atau keluarkan dari folder konten
skipped-file = berkas ini bukan bagian format konten
skipped-file-help = berkas wilayah masuk `regions/` sebagai `NAMA.yaml`, halaman masuk `pages/` sebagai `NAMA.md`
region-file-misnamed = ada berkas wilayah bernama `{ $name }`; nama harus berakhiran `.yaml` (huruf kecil)
page-file-misnamed = ada halaman bernama `{ $name }`; nama harus berakhiran `.md` (huruf kecil)
rename-to = ganti namanya menjadi `{ $name }`
skipped-in-regions = hanya berkas berakhiran `.yaml` di `regions/` yang dibaca sebagai wilayah
skipped-in-regions-help = pindahkan berkas keluar dari `regions/`, atau ganti namanya menjadi `NAMA.yaml` jika ini wilayah
skipped-in-pages = hanya berkas berakhiran `.md` di `pages/` yang dibaca sebagai halaman
skipped-in-pages-help = pindahkan berkas keluar dari `pages/`, atau ganti namanya menjadi `NAMA.md` jika ini halaman

## Membaca YAML (content/yaml/, spans.rs, layout.rs)

file-empty = berkas ini kosong; yang diharapkan { $what }
file-empty-help = mulailah dengan:
    { $starter }
    atau hapus berkas ini
flow-too-deep = ada daftar atau pemetaan bersarang lebih dari { $limit } tingkat; yang diharapkan hanya beberapa tingkat
place-field = { $field }
path-field = kolom `{ $name }`
path-field-in = { $item }, kolom `{ $name }`
path-news = berita ke-{ $news }{ $id ->
    [none] {""}
   *[other] {" "}(`{ $id }`)
  }
path-figure = berita ke-{ $news }{ $id ->
    [none] {""}
   *[other] {" "}(`{ $id }`)
  }, angka ke-{ $figure }
place-file = berkas ini
value-missing-empty = nilai `{ $name }` di { $place } tidak ada: tidak ada apa pun setelah `{ $name }:`; kolom wajib { $required } harus diisi
value-missing-empty-help = tulis nilainya setelah `{ $name }: ` pada baris yang sama
value-missing-null = nilai `{ $name }` di { $place } tidak ada: tertulis `{ $written }`, yang dibaca YAML sebagai tanpa nilai; kolom wajib { $required } harus diisi
value-missing-null-help = tulis nilainya setelah `{ $name }: `; beri tanda kutip jika teksnya memang `{ $written }`
field-missing = kolom `{ $name }` tidak ada di { $place }; kolom wajib: { $required }
field-missing-help = tambahkan `{ $name }: …`
unknown-field = { $field } tidak dikenal
unknown-field-help-near = maksud Anda `{ $name }`? Kolom yang dikenal di sini: { $known }
unknown-field-help = kolom yang dikenal di sini: { $known }
quote-to-keep-text = beri tanda kutip agar tetap teks persis seperti tertulis: `{ $field }: "{ $written }"`
write-boolean = tulis `true` atau `false` tanpa tanda kutip
thousands-dot-help = dalam YAML titik adalah tanda desimal, bukan pemisah ribuan: tulis `{ $number }`
write-range = tulis rentang sebagai `[rendah, tinggi]`, misalnya `[30, 40]`
write-plain-number = tulis angka biasa seperti `15769` atau `3.1`, tanpa pemisah ribuan atau `%`
write-list = tulis `{ $field }` sebagai daftar: satu `- butir` per baris, atau `[a, b]`
add-the-field = tambahkan kolom itu; lihat format konten di README.md
close-the-list = daftar yang dibuka dengan `[` perlu ditutup dengan `]` sebelum baris berakhir, misalnya `[a, b]`
close-the-mapping = pemetaan yang dibuka dengan `{"{"}` perlu ditutup dengan `{"}"}`, misalnya `{"{"}label: X, kind: count{"}"}`
quote-value-with-colon = beri tanda kutip pada nilai yang berisi `: `, misalnya `title: "Lebak: IKM tumbuh"`
nesting-help = berkas konten cukup bersarang beberapa tingkat saja
decimal-comma-help = dalam YAML tanda desimal adalah titik, bukan koma: tulis `{ $number }`
number-only-help = tulis angkanya saja: `{ $number }`; satuan dan jenisnya (jumlah atau persen) sudah ditentukan metriknya di metrics.yaml
missing-field = kolom `{ $field }` belum ada
found-expected = tertulis { $found }{ $value ->
    [none] {""}
   *[other] {" "}{ $value }
}, padahal yang diharapkan { $expected }
value-kind = { $kind ->
    [string] teks
    [integer] bilangan bulat
    [float] angka pecahan
    [boolean] nilai benar/salah
    [null] nilai kosong
    [sequence] daftar
   *[map] pemetaan
}
value-kind-expected = { $kind ->
    [number] angka
    [integer] bilangan bulat
    [boolean] `true` atau `false`
    [sequence] daftar
    [string] teks
   *[map] pemetaan `kunci: nilai`
}
yaml-value-problem = { $field }: { $detail }
yaml-invalid = YAML tidak sah: { $detail }
yaml-problem = { $detail }
top-not-mapping = bagian atas berkas bukan pemetaan; yang diharapkan baris-baris `kunci: nilai`
top-not-list = bagian atas berkas harus berupa daftar
yaml-anchor = ada jangkar atau alias YAML (`&nama` / `*nama`); berkas konten tidak mendukungnya
yaml-anchor-help = tulis nilainya lengkap di tempat ia dipakai
key-not-scalar = ada daftar atau pemetaan yang dipakai sebagai kunci; yang diharapkan nama biasa sebelum `:`
yaml-tag = ada tag YAML (`!sesuatu`); berkas konten tidak mendukung tag
yaml-tag-help = hapus tag itu; beri tanda kutip jika nilainya teks
duplicate-key = kunci `{ $key }` muncul dua kali dalam pemetaan yang sama (pertama di baris { $first }); setiap kunci hanya boleh sekali
duplicate-key-help = hapus salah satunya: hanya satu nilai yang dapat disimpan
control-character = ada karakter kendali tak terlihat U+{ $code } di kolom { $column }; yang diharapkan teks biasa
control-character-help = hapus karakter itu (sering terbawa dari teks yang disalin dari PDF atau pengolah kata) lalu ketik ulang teksnya
tab-in-indentation = ada tab di kolom { $column } pada indentasi; YAML hanya memakai spasi untuk indentasi
tab-in-indentation-help = ganti tab dengan spasi (kebanyakan penyunting dapat diatur agar tombol Tab menyisipkan spasi)
no-space-after-colon = tertulis `{ $key }:{ $value }` tanpa spasi setelah titik dua, sehingga YAML tidak membacanya sebagai kolom `{ $key }`
no-space-after-colon-help = beri spasi setelah titik dua: `{ $key }: { $value }`
misindented = baris { $line } menjorok { $indent } spasi, padahal baris-baris kelompoknya menjorok { $expected } spasi{ $sibling ->
    [0] {""}
   *[other] {" "}(seperti baris { $sibling })
  }
indent-help = geser baris { $line } ke kanan { $by } spasi agar sejajar: `{ $fixed }`
outdent-help = geser baris { $line } ke kiri { $by } spasi agar sejajar: `{ $fixed }`

## Nama, Markdown dan halaman bebas (content/validate/names.rs, markdown.rs, pages.rs)

name-too-long = nama ini { $length } karakter; paling panjang { $limit }
markdown-too-large = teks Markdown ini { $size } bita; paling besar { $limit }
markdown-too-large-help = bagi teksnya, atau biarkan rinciannya di artikel yang ditautkan
markdown-too-deep = Markdown bersarang lebih dari { $limit } tingkat (kutipan, daftar atau penekanan di dalam satu sama lain); yang diharapkan hanya beberapa tingkat
markdown-too-deep-help = hapus tanda `>` atau penanda daftar yang berlebih di awal baris
kind-front-matter = front matter dengan setidaknya `title`
page-name-not-slug = nama halaman `{ $name }` bukan slug; yang diharapkan huruf kecil, angka dan tanda hubung tunggal
page-name-reserved = nama halaman `{ $name }` sudah dipakai situs untuk halamannya sendiri
page-name-reserved-help = pilih nama berkas lain; nama-nama ini sudah dipakai: { $taken }
page-name-problem = nama halaman: { $problem }
page-name-problem-help = ganti nama berkasnya; nama itu menjadi alamat halaman
page-no-front-matter = front matter tidak ditemukan; halaman harus diawali baris `---`, YAML dengan `title`, lalu baris `---` lagi
page-no-front-matter-help = awali berkas dengan:
    ---
    title: Tentang
    ---
page-title-empty = `title` kosong; isi dengan judul halaman

## Karakter dalam teks (content/validate/text.rs)

text-place-value = { $field }, karakter ke-{ $at }
text-control-character = ada karakter kendali U+{ $code } di { $place }; yang diharapkan teks biasa
text-control-character-help = hapus karakter itu: ia tak terlihat, dan biasanya berasal dari escape seperti `\x01` atau `\u0001` di dalam tanda petik ganda, atau dari teks yang disalin dari PDF
text-line-break = ada baris baru di { $place }; yang diharapkan teks satu baris
text-line-break-help = tulis nilainya dalam satu baris; hanya teks Markdown (`summary`) yang boleh lebih dari satu baris
text-invisible-character = ada { $kind ->
    [bidi] karakter pengatur arah teks
   *[other] karakter lebar-nol
  } tak terlihat U+{ $code } ({ $name }) di { $place }; karakter ini tidak tampak, tetapi mengubah { $kind ->
    [bidi] urutan teks di layar
   *[other] cara teks dicari dan disalin
  }
text-invisible-character-help = hapus karakter itu, kecuali teksnya memang memerlukannya (nama yang ditulis dari kanan ke kiri, kata yang sengaja disambung)

## Berkas pengaturan (content/validate/settings.rs)

site-file-missing = berkas ini tidak ada; yang diharapkan pengaturan situs
site-file-missing-help = buat berkas ini dengan setidaknya `title:` dan `base_url:` (lihat README.md)
kind-site = pengaturan situs (`title`, `base_url`)
site-title-empty = `title` kosong; isi dengan judul situs
site-language = bahasa `{ $language }` tidak didukung; yang diharapkan `id`
site-language-help = teks situs berbahasa Indonesia; hapus kolom ini atau tulis `language: id`
base-url-option = `{ $url }`: { $problem }
base-url-field = `base_url` bernilai `{ $url }`: { $problem }
base-url-help = berikan URL absolut seperti `https://owner.github.io/repo/`
source-date-epoch-invalid = variabel lingkungan bernilai `{ $value }`, padahal yang diharapkan jumlah detik sejak 1970-01-01 UTC, bilangan bulat tanpa tanda lain selain `-`
source-date-epoch-help = tetapkan hari pembuatan situs dengan, misalnya, `SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`, atau hapus variabel itu (`unset SOURCE_DATE_EPOCH`) agar tanggal hari ini dipakai
cname-not-domain = cname `{ $domain }` bukan nama domain saja
cname-not-domain-help = tulis domainnya saja, misalnya `cname: ikm.example.id` (tanpa `https://`, tanpa jalur)
data-license-unknown = lisensi data `{ $license }` tidak dikenal
data-license-unknown-help = tulis kode SPDX salah satu lisensi yang dikenal: { $names }; tanpa `data_license`, dipakai CC-BY-4.0
data-license-did-you-mean = maksud Anda `{ $name }`? Lisensi yang dikenal: { $names }
url-not-absolute = bukan URL absolut ({ $error })
url-scheme = skema `{ $scheme }` tidak diizinkan; yang diharapkan `https` atau `http`
url-query = tidak boleh ada `?query` atau `#fragment`
metrics-file-missing = berkas ini tidak ada; yang diharapkan daftar metrik
metrics-file-missing-help = buat berkas ini dengan satu entri per metrik, misalnya `jumlah_ikm: {"{"}label: Jumlah IKM, kind: count{"}"}`
kind-metrics = pemetaan dari id metrik ke `label`, `unit` dan `kind`
metric-id-shape = id metrik `{ $id }` tidak sah; yang diharapkan huruf kecil, angka dan `_`, diawali huruf
for-example = misalnya `{ $example }`
metric-label-empty = `{ $id }.label` kosong; isi dengan label berbahasa Indonesia
metric-kind = jenis `{ $kind }` tidak dikenal; yang diharapkan `count`, `percent` atau `money`
metric-money-unit = satuan `{ $unit }` tidak sah untuk metrik `kind: money`; yang diharapkan `rupiah` atau tanpa satuan
metric-money-unit-help = angka uang ditulis dalam rupiah (`value: 37000000000`) dan ditampilkan `Rp37 miliar`; tulis `unit: rupiah` atau hapus `unit`, dan tulis setiap nilai dalam rupiah penuh
metric-growth-of-unknown = `{ $id }.growth_of` menyebut metrik `{ $metric }`, yang tidak didefinisikan di metrics.yaml
metric-growth-of-not-percent = `{ $id }.growth_of` hanya untuk metrik persen, tetapi `{ $id }` berjenis `count`
metric-growth-of-not-percent-help = laju pertumbuhan ditulis sebagai persen: tulis `kind: percent` untuk `{ $id }`, atau hapus `growth_of`
metric-growth-of-not-count = `{ $id }.growth_of` menyebut `{ $metric }`, yang bukan metrik jumlah (`count`); laju pertumbuhan dihitung dari jumlah
metric-growth-of-not-count-help = sebut salah satu metrik jumlah: { $names }
kind-vocabulary = pemetaan dari slug ke label
vocabulary-slug-shape = { $what ->
    [sector] sektor
   *[topic] topik
  } `{ $slug }` bukan slug; yang diharapkan huruf kecil, angka dan tanda hubung tunggal
vocabulary-label-empty = label `{ $slug }` kosong; isi dengan nama yang tampil di situs

## Berkas wilayah (content/validate/regions/)

kind-region = wilayah dengan setidaknya `name` dan `level`
region-level = tingkat `{ $level }` tidak dikenal; yang diharapkan `provinsi`, `kabupaten`, `kota`, `kecamatan`, `desa` atau `kelurahan`
region-name-empty = `name` kosong; isi dengan nama lengkap wilayah, misalnya `Kabupaten Lebak`
region-parent-missing = sebuah { $level } memerlukan `parent`; tidak ada
region-parent-missing-help = tambahkan `parent:` berisi slug { $expected } tempat wilayah ini berada (nama berkasnya tanpa `.yaml`)
province-has-parent = provinsi tidak boleh memiliki `parent`
province-has-parent-help = hapus `parent`, atau ubah `level` menjadi tingkat wilayah ini (`kabupaten`, `kota`, `kecamatan`, `desa` atau `kelurahan`)
parent-use-level = pakai { $expected } tempat wilayah ini berada: `{ $name }`
parent-use-level-slug = pakai slug sebuah berkas { $expected }
parent-use-one-below = pakai { $expected } di `{ $parent }` tempat wilayah ini berada: { $names }
parent-wrong-level = induk `{ $parent }` adalah { $level }, bukan { $expected }; induk sebuah { $child } adalah { $expected }
parent-unknown = induk `{ $parent }` tidak ditemukan: tidak ada berkas wilayah dengan slug itu
parent-unknown-help = induk adalah nama berkas, tanpa `.yaml`, dari sebuah { $expected } di content/regions/
tag-not-in-vocabulary = { $field ->
    [sectors] sektor
   *[topics] topik
  } `{ $slug }` tidak tercantum di { $field }.yaml
tag-not-in-vocabulary-help = { $suggestion } (atau tambahkan `{ $slug }` ke { $field }.yaml)
news-id-again = id berita `{ $id }` dipakai lagi; id harus unik di seluruh situs
news-id-again-help = id ini sudah dipakai di { $file }:{ $line }; beri butir ini id lain
too-many-figures = ada { $count } angka dalam satu butir berita; paling banyak { $limit }
too-many-figures-help = sebuah artikel melaporkan beberapa angka saja; pecah tabel ke butir-butir berita yang melaporkannya
lone-tag = { $field ->
    [sectors] sektor
   *[topics] topik
  } `{ $slug }` hanya muncul di sini, sedangkan `{ $close }` ada di { $file }:{ $line }; salah ketik?
lone-tag-help = tulis `{ $close }` jika itu maksudnya; berkas { $field }.yaml yang mendaftar semua { $field ->
    [sectors] sektor
   *[topics] topik
  } yang dikenal menjadikan ini pemeriksaan
region-file-not-slug = nama berkas `{ $name }` bukan slug; yang diharapkan huruf kecil, angka dan tanda hubung tunggal
region-file-name-problem = nama berkas: { $problem }
region-slug-again = slug `{ $slug }` dipakai dua kali; slug harus unik di seluruh content/regions/
region-slug-again-help = { $file } sudah memakainya; ganti nama salah satu berkas
region-code-again = kode `{ $code }` dipakai dua kali: sudah menjadi kode { $name } di { $file }:{ $line }; satu kode Kemendagri hanya untuk satu wilayah
region-code-again-help = cocokkan kode kedua wilayah dengan daftar Kemendagri dan perbaiki yang keliru; bila keduanya wilayah yang sama, hapus salah satu berkas
code-shape = kode `{ $code }` tidak sah; yang diharapkan kode Kemendagri seperti `"36"` atau `"36.02"`
code-shape-help = setiap bagian dua angka (bagian desa empat), dipisah titik: `"36"`, `"36.02"`, `"36.02.01"`
code-for-level = kode `{ $code }` tidak cocok untuk { $level }; yang diharapkan { $parts ->
    [1] dua angka, misalnya `"36"`
    [2] `NN.NN`, misalnya `"36.02"`
    [3] `NN.NN.NN`, misalnya `"36.02.01"`
   *[other] `NN.NN.NN.NNNN`, misalnya `"36.02.01.2001"`
  }
code-not-under-parent = kode `{ $code }` tidak berada di bawah kode induknya `{ $parent }`
code-not-under-parent-help = kode di bawah induk ini diawali `{ $parent }.`
official-code-unknown = kode `{ $code }` tidak ada dalam daftar wilayah resmi Kemendagri
official-code-unknown-help = kode resmi terdekat: { $nearest }; periksa kode wilayah ini di daftar Kemendagri
official-name = nama `{ $name }` berbeda dari nama resmi kode `{ $code }`, yaitu { $official }
official-name-help = tulis `name: { $suggested }`; bila wilayahnya memang lain, perbaiki `code`
official-name-or-code-help = tulis `name: { $suggested }`; atau, bila berkas ini tentang { $name }, tulis `code: "{ $code }"`
official-level = `level: { $level }` tidak cocok dengan kode `{ $code }`, yang menurut daftar Kemendagri adalah { $official }
official-level-help = tulis `level: { $official }`
official-name-unknown = nama `{ $name }` tidak ada dalam daftar Kemendagri sebagai { $parent ->
    [none] provinsi
   *[other] { $level } di bawah { $parent }
}
official-name-unknown-close = mungkin maksudnya `name: { $suggested }` (kode `{ $code }`); atau tulis `code` wilayah ini
official-name-unknown-help = periksa ejaan nama dengan daftar Kemendagri, atau tulis `code` wilayah ini; untuk data uji, tulis `official_regions: false` di site.yaml
official-name-several = `{ $name }` cocok dengan lebih dari satu wilayah resmi: { $found }
official-name-several-help = tulis `code` wilayah yang dimaksud
official-list-line = baris ini tidak sesuai bentuk daftar wilayah: { $problem }
official-list-help = setiap baris berisi kode, tab, lalu nama (`36.02<TAB>Kabupaten Lebak`), urut menurut kode, seperti daftar bawaan
official-list-no-tab = tidak ada tab di antara kode dan nama
official-list-bad-code = kode `{ $code }` tidak sah; yang diharapkan `36`, `36.02`, `36.02.01` atau `36.02.01.2001`
official-list-bad-name = nama kosong atau berisi karakter kendali
official-list-order = kode `{ $code }` tidak sesudah `{ $previous }` di baris sebelumnya; daftar diurutkan menurut kode, setiap kode sekali
official-list-no-parent = induk `{ $parent }` dari kode `{ $code }` tidak ada dalam daftar
official-list-too-large = daftar lebih besar dari 4 GB
official-list-more = … dan { $count } baris lagi yang tidak sesuai
date-shape = tanggal `{ $date }` tidak sah; yang diharapkan `YYYY`, `YYYY-MM` atau `YYYY-MM-DD`
date-shape-help = tulis hanya sejauh yang disebut sumber: `2019`, `2019-07` atau `2019-07-18`; hapus kolom ini jika tanggalnya tidak diketahui
as-of-shape-help = tulis hanya sejauh yang disebut sumber: `2019`, `2019-07` atau `2019-07-18`; bila artikel tidak menyebut periode angka ini, tulis `as_of: unknown` (tanpa `as_of`, periodenya adalah tanggal terbit berita)
date-year-range = tahun { $year } di `{ $date }` di luar rentang { $from } sampai { $to }
date-year-range-help = periksa tahunnya dengan artikel
markdown-in-field = { $field }: { $problem }
date-in-future = tanggal `{ $date }` sesudah hari ini ({ $today }); yang diharapkan tanggal yang sudah lewat
date-in-future-help = periksa tahunnya dengan artikel; tanggal di masa depan biasanya salah ketik
news-id-not-slug = id `{ $id }` bukan slug; yang diharapkan huruf kecil, angka dan tanda hubung tunggal
news-id-too-long-help = persingkat id-nya; id menjadi bagian alamat halaman
summary-too-large = ringkasan ini { $size } bita; paling besar { $limit }
summary-too-large-help = ringkasan cukup beberapa paragraf dengan kata-kata Anda sendiri; biarkan rinciannya di artikel yang ditautkan
field-empty = `{ $field }` kosong; isi dengan teks
outlet-empty-help = tulis nama media, atau `tidak diketahui` jika artikel tidak menyebutnya
summary-empty-help = ringkas artikelnya dengan kata-kata Anda sendiri
title-empty-help = salin judul artikelnya
news-url = url `{ $url }` tidak sah; yang diharapkan tautan absolut `https://` atau `http://`
too-many-tags = ada { $count } { $field ->
    [sectors] sektor
   *[topics] topik
  } pada satu butir berita; paling banyak { $limit }
too-many-tags-help = sisakan { $field ->
    [sectors] sektor
   *[topics] topik
  } yang benar-benar dibahas artikel
tag-not-slug = `{ $slug }` di `{ $field }` bukan slug; yang diharapkan huruf kecil, angka dan tanda hubung tunggal
metric-unknown = metrik `{ $metric }` tidak didefinisikan di metrics.yaml
value-and-range = ada `value` dan `range` sekaligus; yang diharapkan salah satunya
value-and-range-help = pakai `value` untuk satu angka, atau `range` untuk "antara … dan …", jangan keduanya
no-value-or-range = angka ini tidak punya `value` maupun `range`; yang diharapkan salah satunya
no-value-or-range-help = tambahkan `value: 700`, atau `range: [30, 40]` untuk "30–40"
range-length = rentang ini berisi { $count } angka; yang diharapkan dua, `[rendah, tinggi]`
range-order = dalam rentang `[{ $low }, { $high }]` ujung bawah tidak lebih kecil dari ujung atas; yang diharapkan `[rendah, tinggi]`
range-swap-help = tukar kedua ujungnya: `[{ $low }, { $high }]`
range-single-help = untuk satu angka tulis `value: { $value }`
as-of-after-published = `as_of: { $as_of }` sesudah tanggal artikel `{ $published }`; periode yang dilaporkan artikel tidak mungkin sesudah artikelnya
as-of-after-published-help = periksa kedua tanggal dengan artikel; `as_of` adalah periode yang digambarkan angka itu
percent-below-one = `{ $value }` untuk metrik persen, di bawah 1%; maksud Anda { $percent }%?
percent-below-one-help = metrik persen ditulis dengan angka sebelum `%`: tulis `{ $written }` untuk { $percent }%
thousands-dots-read-as = tertulis `{ $written }`, yang dibaca YAML sebagai { $read_as }; yang diharapkan bilangan bulat tanpa titik ribuan
thousands-dots = tertulis `{ $written }`; yang diharapkan bilangan bulat tanpa titik ribuan
thousands-dots-ambiguous = tertulis `{ $written }`, yang dibaca YAML sebagai { $read_as }; dalam penulisan Indonesia titiknya memisahkan ribuan, jadi mungkin maksudnya { $number }
thousands-dots-ambiguous-help = tulis `{ $number }` bila artikel menyebut { $number }, atau `{ $decimal }` bila yang dimaksud pecahan { $read_as } (titik sebelum tiga angka terbaca sebagai pemisah ribuan)
value-negative = nilai `{ $value }` tidak sah; yang diharapkan angka 0 atau lebih
value-negative-help = hanya metrik `kind: percent`, seperti laju pertumbuhan, yang boleh di bawah 0; periksa tandanya, atau `metric` angka ini
value-not-whole = nilai `{ $value }` tidak sah; metrik ini menghitung satuan utuh, jadi harus bilangan bulat
value-too-large = nilai `{ $value }` terlalu besar; yang diharapkan angka di bawah 1.000.000.000.000.000
value-not-exact = tertulis `{ $written }`, yang dibaca YAML sebagai { $read_as }; yang diharapkan angka yang disimpan YAML persis digit demi digit (paling banyak 15 angka penting)
value-not-exact-help = tulis `{ $read_as }`, atau bulatkan angkanya seperti dalam artikel
conflict = angka `{ $metric }` untuk { $period ->
    [none] periode tanpa tanggal
   *[other] { $period }
  } berbeda-beda; situs menampilkannya berdampingan, masing-masing dengan sumbernya
conflict-help = angka lainnya: { $others }
period-overlap = angka `{ $metric }` untuk { $period } berbeda dari angka untuk saat di dalamnya; periodenya bertumpang tindih, jadi keduanya bisa benar, dan situs menandainya "periode bertumpang tindih"
period-overlap-help = angka lainnya: { $others }; bila sudah diperiksa, tambahkan `checked: [period-overlap]` pada angka ini

## Tautan (content/links.rs, render/links/)

link-form-unknown = tautan `{ $link }` bukan salah satu bentuk tautan `@/`
link-forms-help = tulis alamat halamannya di situs dengan `@` di depannya, tanpa jalur dasar: { $names }
link-root-relative = tautan `{ $link }` dimulai dari akar server, sehingga keluar dari situs bila situs disajikan di bawah sebuah jalur (`/repo/` di GitHub Pages); yang diharapkan tautan `@/`
link-write-instead = tulis `{ $form }`
link-relative = tautan relatif `{ $link }` menuju tempat lain di setiap halaman yang menampilkan teks ini; yang diharapkan tautan `@/`
link-fragment-alone = tautan `{ $link }` hanya menyebut tempat `{ $fragment }` di halaman mana pun yang menampilkan teks ini; yang diharapkan tautan `@/` beserta halamannya, `@/…#{ $fragment }`
link-target-unknown = tautan `{ $link }` menuju { $kind } `{ $name }`, yang tidak ada di situs ini
link-target-unknown-help = periksa ejaannya: tautan `@/` harus menyebut { $kind } yang ada di konten
link-kind-region = wilayah
link-kind-news = berita
link-kind-topic = topik
link-kind-sector = sektor
link-kind-page = halaman
link-external-scheme = alamat `{ $link }` memakai skema `{ $scheme }`, yang bukan alamat web; yang diharapkan `https://`, `http://` atau `mailto:`
link-external-slashes = alamat `{ $link }` tidak punya `//` sesudah `{ $scheme }:`; yang diharapkan `{ $scheme }://nama-host/…`
link-external-host = nama host pada alamat `{ $link }` tidak sah (ada spasi, atau kosong); yang diharapkan `https://nama-host/jalur`
link-external-host-help = salin lagi alamatnya dari bilah alamat peramban; tautan ke situs lain hanya dibaca, tidak pernah dibuka
link-no-page = tautan `{ $link }` tidak menuju halaman mana pun di situs: tidak ada yang dibangun di `{ $file }`
link-outside-base = tautan `{ $link }` berada di luar jalur dasar situs `{ $base }`, sehingga keluar dari situs
link-no-fragment = tautan `{ $link }` menuju `#{ $fragment }`, tetapi `{ $file }` tidak punya elemen dengan id `{ $fragment }`
link-in-template = di halaman { $page }: { $problem }
link-template-help = bentuk alamat dari konteks templat (`links.regions`, `home_url`, atau `base` di depan jalurnya) alih-alih menulisnya sendiri, agar setiap alamat menuju halaman yang dibangun situs
link-content-fragment-help = tautkan ke id yang ada di halaman itu (misalnya `#angka-1` di halaman berita), atau hapus `#…`

## Menulis keluaran (output/write.rs)

output-unresolvable = jalur keluaran { $path } tidak dapat diurai: { $error }
content-unresolvable = folder konten { $path } tidak dapat diurai: { $error }
output-is-root = jalur keluaran { $path } adalah akar sistem berkas; yang diharapkan sebuah folder seperti `public`
output-refused = { $what ->
    [schemas] skema
   *[site] situs
  } tidak ditulis ke { $path }: { $why }; tidak ada yang ditulis
output-refused-help = { $refusal }
    {"  "}= saran: { $help }
output-overlaps-content = folder itu { $relation ->
    [is] adalah
    [holds] berisi
   *[inside] berada di dalam
  } folder konten { $path }; yang diharapkan folder tersendiri seperti `public`
output-overlaps-theme = folder itu { $relation ->
    [is] adalah
    [holds] berisi
   *[inside] berada di dalam
  } folder tema { $path }, yang dibaca saat membangun; yang diharapkan folder tersendiri seperti `public`
output-in-git = folder itu berada di dalam folder `.git`; yang diharapkan folder di luarnya seperti `public`
output-holds-repository = folder itu berisi repositori git { $path }; yang diharapkan folder di dalamnya seperti `public`
cannot-read = { $path } tidak dapat dibaca: { $error }
cannot-write = { $path } tidak dapat ditulis: { $error }
cannot-create-folder = folder { $path } tidak dapat dibuat: { $error }
output-is-file = itu berkas, bukan folder
output-not-a-build = folder itu berisi berkas yang tidak ditulis alat ini (hasil bangun ditandai berkas `{ $stamp }`); yang diharapkan folder kosong atau hasil bangun sebelumnya
output-foreign-path = folder itu berisi { $path }, yang tidak ditulis oleh pembangunan sebelumnya, padahal folder itu diganti seluruhnya; yang diharapkan hanya apa yang ditulis pembangunan sebelumnya
output-foreign-path-help = pindahkan { $path } keluar dari folder itu, atau bangun ke folder lain dengan `--output`
output-unrecorded-build = berkas `{ $stamp }`-nya tidak mencatat berkas yang ditulis pembangunan sebelumnya (ditulis ikm-site versi lama, atau rusak), sehingga tidak dapat dipastikan folder itu tidak berisi hal lain
output-unrecorded-build-help = pastikan { $path } tidak berisi apa pun yang Anda perlukan, hapus folder itu lalu bangun lagi, atau bangun ke folder lain dengan `--output`
output-target-not-a-file = { $path } { $kind ->
    [link] adalah tautan simbolis, dan tidak ada yang ditulis melalui tautan (yang ditunjuknya tetap seperti semula)
   *[other] bukan berkas
  }; yang diharapkan sebuah berkas atau belum ada apa-apa di sana
output-target-help = hapus { $path }, atau tulis ke folder lain dengan `--output`
output-unchanged = { $problem }; keluaran sebelumnya tidak berubah
output-stamp-reserved = situs memiliki berkas bernama { $path }, nama yang dicadangkan untuk penanda hasil bangun
output-move-in-failed-nothing-written = situs baru tidak dapat dipindahkan ke { $path }: { $error }; tidak ada yang ditulis
output-move-aside-failed = keluaran sebelumnya { $path } tidak dapat dipindahkan: { $error }
output-move-in-failed = situs baru tidak dapat dipindahkan ke { $path }: { $error }
output-restore-failed = situs baru tidak dapat dipindahkan ke { $path } ({ $error }), dan keluaran sebelumnya tidak dapat dikembalikan ({ $back }): keluaran sebelumnya sekarang ada di { $kept }; pindahkan kembali ke { $path } secara manual
output-old-not-removed = situs baru ada di { $path }, tetapi keluaran sebelumnya tidak dapat dihapus dari { $old }: { $error }; hapus folder itu secara manual

## Merender (render/)

render-threads-failed = utas render tidak dapat dimulai: { $error }
render-failed-for = { $place }: { $problem }
render-page-failed = { $file } tidak dapat dirender dengan { $template }: { $error }
render-file-failed = { $template } tidak dapat dirender: { $error }
render-context-failed = halaman tidak dapat disiapkan untuk templatnya: { $error }
search-index-failed = indeks pencarian tidak dapat ditulis: { $error }
chart-failed = grafik { $title } tidak dapat digambar: { $error }
chart-data-failed = data grafik { $file } tidak dapat ditulis: { $error }
data-file-failed = berkas data { $file } tidak dapat ditulis: { $error }
output-path-collision = dua bagian situs akan menulis `{ $path }`: { $first } dan { $second }; ganti nama salah satunya
owner-stamp = penanda hasil bangun
owner-search-index = indeks pencarian
owner-generated = berkas hasil `{ $file }`
owner-chart = sebuah grafik situs
owner-site-static = berkas statis situs { $file }
owner-default-static = berkas statis bawaan `{ $file }`
owner-free-page = halaman bebas `pages/{ $name }.md`
owner-page = halaman hasil `{ $file }`
template-not-utf8 = templat ini bukan teks UTF-8; berkas harus berenkode UTF-8
template-parse = sebuah templat tidak dapat diurai: { $error }
template-recursion = templat memanggil dirinya sendiri tanpa akhir: { $steps }; templat tidak boleh menyertakan, memperluas, mengimpor atau memanggil dirinya sendiri, langsung maupun lewat templat lain
template-missing-parent = templat `{ $template }` memperluas `{ $parent }`, yang bukan templat bawaan maupun berkas di templates/; yang diharapkan nama templat yang ada, misalnya `base.html`
override-folder-symlink = ini tautan simbolis; folder pengganti hanya dibaca sebagai folder sungguhan, dan tautan tidak pernah diikuti
override-not-regular = ini { $what ->
    [link] tautan simbolis
   *[other] bukan berkas biasa
  }; folder pengganti hanya boleh berisi berkas biasa, dan tautan tidak pernah diikuti
override-too-large = berkas ini berukuran { $size } bita; paling besar { $limit } bita

## Ringkasan perintah (cmd/)

build-summary = { $pages } halaman dan { $charts } grafik dibangun ke { $output } dalam { $seconds } detik{ $overrides ->
    [none] {""}
   *[other] , dengan { $overrides } milik situs sendiri
  }
check-summary = { $content } diperiksa: { $pages } halaman dan { $charts } grafik akan dibangun, { $warnings } peringatan
both = { $first } dan { $second }

## Di dalam templat (render/template_guard.rs): dimunculkan di Tera, selalu dalam bahasa Inggris

template-get-env = `get_env` tidak tersedia: templat tidak dapat membaca lingkungan proses bangun
template-range-argument = `range` menerima { $name }={ $value }; yang diharapkan bilangan bulat 0 atau lebih
template-range-end = `range` memerlukan `end`
template-range-step = `range` menerima step_by=0; yang diharapkan 1 atau lebih
template-range-budget = `range` diminta { $count } angka, padahal paling banyak { $limit } boleh dibuat selama satu halaman dirender

## Memulai konten (authoring/new.rs, cmd/new.rs)

new-slug-shape = slug `{ $slug }` tidak sah; yang diharapkan huruf kecil, angka dan tanda hubung tunggal, misalnya `lebak` atau `kota-kendari`
new-level-near = tingkat `{ $level }` tidak dikenal; maksud Anda `{ $name }`?
new-level = tingkat `{ $level }` tidak dikenal; yang diharapkan `provinsi`, `kabupaten`, `kota`, `kecamatan`, `desa` atau `kelurahan`
new-name-empty = nama kosong; berikan nama lengkap wilayah dengan --name, misalnya --name "Kabupaten Lebak"
new-no-regions-folder = { $path } tidak memiliki folder `regions/`; berikan folder konten dengan --content
new-wrong-folder = { $path }: { $problem }; { $help }
new-region-exists = wilayah dengan slug `{ $slug }` sudah ada: { $path }; tidak ada yang ditulis
new-parent-unknown-near = tidak ada { $expected } dengan slug `{ $parent }`; maksud Anda `{ $name }`?
new-parent-unknown = tidak ada { $expected } dengan slug `{ $parent }`; buat dulu dengan `ikm-site new region { $parent } --level { $level }{ $parent_flag } --name "…"`
new-region-unknown-near = tidak ada wilayah dengan slug `{ $slug }`; maksud Anda `{ $name }`?
new-region-unknown = tidak ada wilayah dengan slug `{ $slug }`; slug adalah nama berkas wilayah tanpa `.yaml`
new-slug-problem = slug ini: { $problem }; pilih yang lebih pendek, karena slug menjadi nama berkas dan alamat halaman
new-news-unreadable = berkas wilayah harus terbaca sebelum butir berita dapat ditambahkan; perbaiki masalah di atas (`ikm-site check` juga menunjukkannya), lalu coba lagi; tidak ada yang ditulis
new-news-flow-region = seluruh berkas ditulis sebagai satu mapping flow `{"{"} … {"}"}`; yang diharapkan satu kolom per baris (`name: …`, `level: …`, `news:`), agar butir berita dapat ditambahkan dengan aman; tidak ada yang ditulis
new-news-flow-region-help = tulis setiap kolom pada barisnya sendiri di awal baris, tanpa kurung kurawal, lalu jalankan perintah ini lagi
new-news-flow-list = `news` ditulis sebagai daftar flow `[ … ]` yang berisi butir; yang diharapkan daftar blok, satu butir per baris `- id:`, agar butir berita dapat ditambahkan dengan aman; tidak ada yang ditulis
new-news-flow-list-help = tulis setiap butir pada baris-barisnya sendiri, diawali `- id:`, di bawah `news:`, lalu jalankan perintah ini lagi
new-news-layout = `news` ditulis dengan cara yang tidak dapat diubah perintah ini dengan aman; tidak ada yang ditulis
new-news-layout-help = tulis `news: []` atau `news:` pada barisnya sendiri, dengan butir di bawahnya diawali `- id:`, lalu jalankan perintah ini lagi
new-news-not-added = menambahkan butir di sini tidak akan terbaca kembali sebagai tepat satu butir berita tambahan dengan isi berkas lainnya tetap; berkas dibiarkan seperti semula
new-news-not-added-help = tambahkan butir itu secara manual, meniru tata letak butir yang sudah ada, lalu jalankan `ikm-site check`
new-region-written = { $path } ditulis; lengkapi isinya, lalu jalankan `ikm-site check`
new-official-name-changed = `{ $name }` tidak ada dalam daftar Kemendagri; yang tertulis nama resminya, `{ $official }` (kode `{ $code }`); bila wilayahnya memang lain, hapus berkasnya dan periksa ejaan namanya
new-official-several = `{ $name }` cocok dengan lebih dari satu wilayah resmi: { $regions }; tidak ada yang ditulis, karena hanya kode yang membedakannya: tulis berkasnya sendiri dengan `code` wilayah yang dimaksud, lalu jalankan `ikm-site check`
new-official-unknown = `{ $name }` tidak ada dalam daftar Kemendagri sebagai { $level } di { $under }; yang terdekat: { $regions }; tidak ada yang ditulis; periksa ejaan nama dan `--parent`, atau untuk data uji tulis `official_regions: false` di site.yaml
new-news-written = Butir berita `{ $id }` ditambahkan ke { $path }; lengkapi bagian TODO, lalu jalankan `ikm-site check`
field-todo = `{ $field }` masih berisi teks awal (diawali TODO)
field-todo-help = ganti sebelum diterbitkan: situs akan menampilkannya apa adanya

## Draf dari artikel (authoring/draft/repeat.rs, cmd/draft.rs)
draft-repeated = artikel ini tampaknya sudah ada di wilayah ini sebagai butir berita `{ $id }` ({ $by ->
    [address] alamat yang sama
   *[title] judul dan media yang sama
  }), di { $at }
draft-repeated-help = drafnya tetap dicetak; bandingkan dulu dengan butir itu: bila artikelnya sama, jangan tempelkan (`check` akan memperingatkan `news-repeated`); bila memang artikel lain, tempelkan dan tambahkan `checked: [news-repeated]` pada butir barunya
draft-content-errors = folder konten memiliki { $count } kesalahan; drafnya tetap dibuat dengan metrics.yaml, sectors.yaml dan topics.yaml, tetapi tidak dibandingkan dengan berita wilayahnya; jalankan `ikm-site check` untuk melihat dan memperbaiki kesalahannya

## Peringatan yang dapat ditandai sudah diperiksa (content/validate/advice.rs)

checked-unknown = `{ $code }` di `checked` bukan peringatan yang dapat ditandai di sini
checked-stale = `checked` menandai `{ $code }`, tetapi peringatan itu sudah tidak ada di sini
checked-stale-help = hapus `{ $code }` dari `checked`, agar peringatannya muncul lagi bila terjadi lagi
figure-undated = angka `{ $metric }` tidak bertanggal: butir beritanya tidak punya `published` dan angkanya tidak punya `as_of`
figure-undated-help = tambahkan tanggal artikel sebagai `published`, atau periode yang dilaporkan sebagai `as_of`; bila artikel tidak menyebut periodenya, tulis `as_of: unknown`
approx-unknown = `approx: { $value }` tidak dikenal; yang diharapkan `true` ("sekitar"), `false`, `more_than` ("lebih dari"), `less_than` ("kurang dari", "tidak mencapai") atau `almost` ("hampir")
approx-boolean-help = tulis `true` atau `false` tanpa tanda kutip, atau kata batasnya: `more_than`, `less_than`, `almost`
metric-jump = `{ $metric }` berubah dari { $from } menjadi { $to } ({ $percent }%) dalam { $years } tahun di antara dua angka bertanggal yang berurutan, { $yearly }% per tahun; yang wajar paling banyak { $limit }% per tahun
metric-jump-help = bandingkan dengan { $other }: cakupan yang berbeda atau salah ketik lebih mungkin daripada perubahan sebesar itu; bila keduanya benar, tambahkan `checked: [metric-jump]` pada salah satu angka
news-without-url = butir berita `{ $id }` tidak punya `url`; pembaca tidak dapat membuka artikelnya
news-without-url-help = tambahkan alamat artikel sebagai `url`; bila tidak dapat ditemukan daring, tambahkan `checked: [news-without-url]`
news-repeated = butir berita `{ $id }` tampaknya artikel yang sama dengan `{ $first }` (alamat yang sama, atau judul dan media yang sama)
news-repeated-help = yang pertama ada di { $at }; hapus salah satunya bila tercatat dua kali; bila memang dua artikel, atau satu artikel yang memberi angka untuk beberapa wilayah (berita provinsi yang merinci kabupaten/kotanya, diulang di berkas tiap wilayah sebagaimana mestinya), tambahkan `checked: [news-repeated]`
region-without-news = { $name } tidak punya berita, baik sendiri maupun dari sub-wilayahnya; halamannya hanya menampilkan nama
region-without-news-help = tambahkan butir berita dengan `ikm-site new news --region { $slug }`, atau `checked: [region-without-news]` bila halamannya tetap diinginkan

## Di terminal (cmd/)

progress-load = Membaca
progress-render = Merender
progress-write = Menulis
verbose-content = { $regions } wilayah, { $news } butir berita dan { $figures } angka dibaca
verbose-timings = memuat { $load } detik, merender { $render } detik, menulis { $write } detik

# serve
serve-listening = Situs disajikan dari memori di { $url } (tidak ada yang ditulis ke disk). Memantau { $folders }; tekan Ctrl-C untuk berhenti.
serve-port-in-use = port { $port } sudah dipakai program lain; tutup program itu, atau pilih port lain dengan `--port`, misalnya `--port 1112` (`--port 0` memilih port yang bebas)
serve-bind-failed = tidak dapat mendengarkan di { $address }: { $error }
serve-watch-failed = folder sumber tidak dapat dipantau: { $error }
serve-signal-failed = Ctrl-C tidak dapat ditangkap: { $error }
serve-open-failed = peramban tidak dapat dibuka: { $error }
serve-warnings = { $count } peringatan; jalankan `ikm-site check` untuk melihatnya
serve-waiting = Situs belum dapat dibangun; perbaiki masalah di atas dan simpan, halaman di peramban akan dimuat ulang sendiri.
serve-kept = Situs terakhir yang berhasil tetap disajikan; perbaiki masalah di atas dan simpan lagi.
serve-rebuilt = { $files } berubah: tab dimuat ulang setelah { $ms } ms; { $count } berkas yang dapat berubah dirender ulang
serve-rebuilt-all = { $files } berubah: seluruh situs diperiksa ({ $count } berkas) dan tab dimuat ulang setelah { $ms } ms
serve-rebuilt-phases = membaca dan memeriksa { $load } ms, tabel rute { $plan } ms, mencari berkas yang terdampak { $map } ms, merender { $render } ms
serve-stopped = Berhenti.
serve-no-site = Situs belum dapat dibangun
serve-overlay-title = Perubahan terakhir belum dapat dibangun
serve-overlay-help = Halaman di bawah ini dari versi terakhir yang berhasil. Perbaiki berkasnya dan simpan; halaman dimuat ulang sendiri.
serve-overlay-close = Tutup
