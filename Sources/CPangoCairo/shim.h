// Pango over Cairo, and Cairo's PDF surface: what PrintedDocument typesets with.
#ifndef CPANGOCAIRO_SHIM_H
#define CPANGOCAIRO_SHIM_H

#include <pango/pangocairo.h>
#include <cairo/cairo-pdf.h>

#endif
