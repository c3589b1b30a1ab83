// A small C face of simdjson's DOM for Swift: parse a buffer, then read its
// values. A value is two words copied out of simdjson (a document and a place
// in its tape): it stays valid while its document lives. Each parse uses a
// parser of its own, dropped once the document is built, so parsing on
// several threads at once is safe, and so is reading one document from
// several threads, since reading never changes it.
#ifndef CSIMDJSON_H
#define CSIMDJSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct csj_document csj_document;

/// A value in a parsed document.
typedef struct { uint64_t opaque[2]; } csj_value;

/// A place in an array or an object, and where it ends.
typedef struct { uint64_t opaque[4]; } csj_cursor;

/// What a value is: simdjson's own type letters.
typedef enum {
    CSJ_ARRAY = '[', CSJ_OBJECT = '{', CSJ_INT64 = 'l', CSJ_UINT64 = 'u', CSJ_DOUBLE = 'd',
    CSJ_STRING = '"', CSJ_BOOL = 't', CSJ_NULL = 'n'
} csj_type;

/// Parses `length` bytes (copied, so they need no padding) into a new
/// document, nested at most 512 deep as in JSONDecoder; `as_array_elements`
/// reads them as the elements of an array, as if within `[` and `]`.
/// Returns 0, or simdjson's error code and no document. Sets `*long_numbers`
/// when the text has a run of 16 digits or more with a dot among them or an
/// exponent after: a number a double may not carry exactly.
int csj_parse(const uint8_t *bytes, size_t length, bool as_array_elements, csj_document **document, csj_value *root,
              bool *long_numbers);
void csj_document_free(csj_document *document);

csj_type csj_type_of(csj_value value);

/// Each reader returns false when the value is not of its type.
bool csj_string(csj_value value, const char **bytes, size_t *length);
bool csj_int64(csj_value value, int64_t *out);
bool csj_uint64(csj_value value, uint64_t *out);
/// Any number, as simdjson reads it: correctly rounded.
bool csj_double(csj_value value, double *out);
bool csj_bool(csj_value value, bool *out);

/// The value of the first field named `key` (its unescaped bytes); false if none.
bool csj_object_field(csj_value object, const char *key, size_t length, csj_value *out);
/// The number of elements of an array or fields of an object; 0 for anything else.
size_t csj_count(csj_value container);

/// Iteration: begin returns false when the value is not of the container's type.
bool csj_array_begin(csj_value array, csj_cursor *cursor);
bool csj_array_next(csj_cursor *cursor, csj_value *element);
bool csj_object_begin(csj_value object, csj_cursor *cursor);
bool csj_object_next(csj_cursor *cursor, const char **key, size_t *key_length, csj_value *value);

#ifdef __cplusplus
}
#endif

#endif
