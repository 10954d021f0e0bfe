// The memory allocator of both executables: jemalloc, linked in place of glibc's malloc (see
// app/CMakeLists.txt), on transparent huge pages. Loading a layer makes millions of small
// allocations, some on the reading thread and some on the converting ones: with glibc's malloc,
// 40,000 polygons cost 27,000 page faults and 0.72 s for `analyze moran --permutations 0`;
// jemalloc on 2 MiB pages takes 6,000 faults and 0.47 s (the note of issue 15 has the table).
#include <jemalloc/jemalloc.h>

// jemalloc reads its settings from this symbol at start-up (jemalloc(3), "malloc_conf"); the
// MALLOC_CONF environment variable still overrides them. thp:always asks the kernel for huge pages
// for jemalloc's heaps by madvise(), which Debian's default ("madvise" mode) grants. narenas:1: one
// heap for every thread (each keeps its own cache of small blocks): with one heap per thread, what
// the loading, sorting and permuting threads freed stayed out of the others' reach, 20 MB more at
// the peak of 200,000 polygons, for no speed the benchmarks could measure.
const char *malloc_conf = "thp:always,metadata_thp:auto,narenas:1";
