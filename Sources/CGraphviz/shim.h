// The Graphviz C API as relmap uses it: the installed headers, plus accessors
// for the C globals that Swift 6 rejects as not concurrency-safe.
#ifndef RELMAP_CGRAPHVIZ_SHIM_H
#define RELMAP_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

static inline Agdesc_t relmap_directed(void) { return Agdirected; }
static inline Agdesc_t relmap_undirected(void) { return Agundirected; }
#endif
