// The Graphviz C API as relmap uses it: the installed headers, plus small helpers for what Swift
// cannot reach directly.
#ifndef RELMAP_CGRAPHVIZ_SHIM_H
#define RELMAP_CGRAPHVIZ_SHIM_H
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Swift 6 rejects the C globals Agdirected / Agundirected as not concurrency-safe.
static inline Agdesc_t relmap_directed(void) { return Agdirected; }
static inline Agdesc_t relmap_undirected(void) { return Agundirected; }

// cgraph's lexer keeps its buffer between reads (what the last parse left unread is read first
// by the next): aglexbad flushes it. Exported by libcgraph, not declared in its headers.
extern void aglexbad(void);

// agtail/aghead are macros in some Graphviz versions.
static inline Agnode_t *relmap_tail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *relmap_head(Agedge_t *e) { return aghead(e); }

// The creation order of a node or edge (AGSEQ is a macro): the order of a DOT file.
static inline unsigned long relmap_seq(void *obj) { return (unsigned long)AGSEQ(obj); }

// gvRenderData's length is `unsigned int *` in Graphviz 2.x and `size_t *` in later versions.
// A zeroed union read as size_t gives the length either way on little-endian machines.
static inline int relmap_render_data(GVC_t *gvc, graph_t *g, const char *format, char **result, size_t *length) {
    union { size_t wide; unsigned int narrow; } len;
    len.wide = 0;
    int rc = gvRenderData(gvc, g, format, result, (void *)&len);
    *length = len.wide;
    return rc;
}
// agwrite into memory: cgraph writes through its graph's I/O discipline; this one appends to a
// growing buffer. Graphs opened with relmap_open write with it (layout and render are unchanged).
typedef struct { char *data; size_t length; size_t capacity; int failed; } relmap_buffer;

static inline int relmap_putstr(void *chan, const char *str) {
    relmap_buffer *b = (relmap_buffer *)chan;
    size_t n = strlen(str);
    if (b->length + n + 1 > b->capacity) {
        size_t capacity = b->capacity ? b->capacity * 2 : 4096;
        while (capacity < b->length + n + 1) capacity *= 2;
        char *grown = (char *)realloc(b->data, capacity);
        if (!grown) { b->failed = 1; return EOF; }
        b->data = grown;
        b->capacity = capacity;
    }
    memcpy(b->data + b->length, str, n + 1);
    b->length += n;
    return (int)n;
}

static inline int relmap_flush(void *chan) { (void)chan; return 0; }

static inline Agraph_t *relmap_open(char *name, Agdesc_t desc) {
    static Agiodisc_t io = { NULL, relmap_putstr, relmap_flush };
    static Agdisc_t disc;
    disc.mem = &AgMemDisc;
    disc.id = &AgIdDisc;
    disc.io = &io;
    return agopen(name, desc, &disc);
}

/// Writes `g` as DOT into `b`; the caller frees b->data.
static inline int relmap_write(Agraph_t *g, relmap_buffer *b) { return agwrite(g, b); }
#endif
