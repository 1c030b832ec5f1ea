// Defaults that the sanitizer runtimes read when a process starts. Linked into every
// executable of the checked build (PRESSGRAPH_CHECKED) and of the fuzz build, and nowhere
// else (CMakeLists.txt: pressgraph_sanitizer_defaults).

extern "C" {

/// Leaks inside the Debian libraries that pressgraph cannot free for them. Each entry names
/// the library function that allocates; a leak through pressgraph's own code still fails.
__attribute__((used, visibility("default"))) const char* __lsan_default_suppressions() {
    // sord 0.16.14, sord_node_from_serd_node, prefixed name case: when the name expands to an
    // IRI without a scheme (`@prefix p: <t:> .` is fine, `<t]:>` is not), it hands its
    // malloc'd buffer to sord_new_uri_counted(copy = false), which returns NULL without
    // freeing it. Found by the turtle_loader fuzz target
    // (tests/fuzz/turtle_loader/regressions/prefix_to_relative_iri_sord_leak.ttl).
    return "leak:sord_node_from_serd_node\n";
}

/// LeakSanitizer options: the table of suppressions used is noise on standard error, which
/// the end-to-end tests read.
__attribute__((used, visibility("default"))) const char* __lsan_default_options() { return "print_suppressions=0"; }

}  // extern "C"
