// The Graphviz C API as relmap uses it: the installed headers, plus small helpers for what Swift
// cannot reach directly.
#ifndef RELMAP_CGRAPHVIZ_SHIM_H
#define RELMAP_CGRAPHVIZ_SHIM_H
#include <stddef.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Swift 6 rejects the C globals Agdirected / Agundirected as not concurrency-safe.
static inline Agdesc_t relmap_directed(void) { return Agdirected; }
static inline Agdesc_t relmap_undirected(void) { return Agundirected; }

// agtail/aghead are macros in some Graphviz versions.
static inline Agnode_t *relmap_tail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *relmap_head(Agedge_t *e) { return aghead(e); }

// gvRenderData's length is `unsigned int *` in Graphviz 2.x and `size_t *` in later versions.
// A zeroed union read as size_t gives the length either way on little-endian machines.
static inline int relmap_render_data(GVC_t *gvc, graph_t *g, const char *format, char **result, size_t *length) {
    union { size_t wide; unsigned int narrow; } len;
    len.wide = 0;
    int rc = gvRenderData(gvc, g, format, result, (void *)&len);
    *length = len.wide;
    return rc;
}
#endif
