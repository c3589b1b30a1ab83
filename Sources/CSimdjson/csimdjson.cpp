// The C face of simdjson's DOM (see csimdjson.h). simdjson's elements and
// iterators are trivially copyable pairs of a document pointer and a tape
// index, so they cross to Swift as plain words and come back by memcpy.
#include "csimdjson.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <memory>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <new>
#include <type_traits>

using namespace simdjson;

struct csj_document {
    dom::document document;
};

namespace {

struct array_cursor { dom::array::iterator at, end; };
struct object_cursor { dom::object::iterator at, end; };

static_assert(std::is_trivially_copyable_v<dom::element> && sizeof(dom::element) <= sizeof(csj_value));
static_assert(std::is_trivially_copyable_v<array_cursor> && sizeof(array_cursor) <= sizeof(csj_cursor));
static_assert(std::is_trivially_copyable_v<object_cursor> && sizeof(object_cursor) <= sizeof(csj_cursor));

template <typename T, typename Words> Words to_words(const T &native) {
    Words words{};
    std::memcpy(&words, &native, sizeof native);
    return words;
}

template <typename T, typename Words> T from_words(const Words &words) {
    T native;
    std::memcpy(&native, &words, sizeof native);
    return native;
}

dom::element element(csj_value value) { return from_words<dom::element>(value); }

bool is_digit(uint8_t byte) { return byte >= '0' && byte <= '9'; }

// The run of digits and dots around `at`: long when it has 16 digits or more
// and a dot, or an exponent after it.
bool long_run_around(const uint8_t *bytes, size_t length, size_t at, size_t *end) {
    size_t start = at;
    while (start > 0 && (is_digit(bytes[start - 1]) || bytes[start - 1] == '.')) start--;
    size_t digits = 0;
    bool fraction = false;
    size_t i = start;
    for (; i < length && (is_digit(bytes[i]) || bytes[i] == '.'); i++) {
        if (bytes[i] == '.') fraction = true; else digits++;
    }
    *end = i;
    return digits >= 16 && (fraction || (i < length && (bytes[i] == 'e' || bytes[i] == 'E')));
}

#if defined(__SSE2__)
// Bit i set when p[i] is a digit, for 16 bytes.
uint64_t digit_bits(const uint8_t *p) {
    __m128i shifted = _mm_sub_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p)), _mm_set1_epi8('0'));
    __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(shifted, _mm_set1_epi8(9)), shifted);
    return uint64_t(uint32_t(_mm_movemask_epi8(digit)));
}
#endif

// A literal with a fraction or an exponent and 16 significant digits or more
// may differ from the shortest text of the double simdjson keeps (integers
// are kept exactly). Such a literal has 8 digits in a row on one side of its
// dot, so only those places are looked at closely; they are looked for
// anywhere, strings included, which errs on the side of finding too many.
bool has_long_digit_runs(const uint8_t *bytes, size_t length) {
    size_t i = 0;
#if defined(__SSE2__)
    // Windows of 64 bytes every 56, so 8 digits in a row always fall inside one.
    for (; i + 64 <= length; i += 56) {
        uint64_t bits = digit_bits(bytes + i) | digit_bits(bytes + i + 16) << 16 | digit_bits(bytes + i + 32) << 32 |
                        digit_bits(bytes + i + 48) << 48;
        uint64_t eight = bits & bits >> 1;
        eight &= eight >> 2;
        eight &= eight >> 4;
        while (eight) {
            size_t end;
            if (long_run_around(bytes, length, i + size_t(__builtin_ctzll(eight)), &end)) return true;
            eight = end - i >= 64 ? 0 : eight & (~uint64_t(0) << (end - i));
        }
    }
    if (i > 8) i -= 8;
#endif
    for (size_t run = 0; i < length; i++) {
        run = is_digit(bytes[i]) ? run + 1 : 0;
        size_t end;
        if (run == 8 && long_run_around(bytes, length, i, &end)) return true;
    }
    return false;
}

}  // namespace

extern "C" {

int csj_parse(const uint8_t *bytes, size_t length, bool as_array_elements, csj_document **document, csj_value *root,
              bool *long_numbers) {
    std::unique_ptr<csj_document> parsed(new (std::nothrow) csj_document());
    if (!parsed) return int(MEMALLOC);
    // The text with simdjson's padding, and the brackets when asked; it goes, with the parser's own buffers, on return.
    size_t wrapped = as_array_elements ? length + 2 : length;
    padded_string text(wrapped);
    if (!text.data()) return int(MEMALLOC);
    if (length > 0) std::memcpy(text.data() + (as_array_elements ? 1 : 0), bytes, length);
    if (as_array_elements) {
        text.data()[0] = '[';
        text.data()[wrapped - 1] = ']';
    }
    dom::parser parser;
    if (auto error = parser.allocate(std::max<size_t>(wrapped, 32), 512)) return int(error);
    dom::element top;
    if (auto error = parser.parse_into_document(parsed->document, text.data(), wrapped, false).get(top)) return int(error);
    *root = to_words<dom::element, csj_value>(top);
    *long_numbers = has_long_digit_runs(bytes, length);
    *document = parsed.release();
    return 0;
}

void csj_document_free(csj_document *document) { delete document; }

csj_type csj_type_of(csj_value value) { return csj_type(element(value).type()); }

bool csj_string(csj_value value, const char **bytes, size_t *length) {
    std::string_view text;
    if (element(value).get_string().get(text)) return false;
    *bytes = text.data();
    *length = text.size();
    return true;
}

bool csj_int64(csj_value value, int64_t *out) { return !element(value).get_int64().get(*out); }

bool csj_uint64(csj_value value, uint64_t *out) { return !element(value).get_uint64().get(*out); }

bool csj_double(csj_value value, double *out) { return !element(value).get_double().get(*out); }

bool csj_bool(csj_value value, bool *out) { return !element(value).get_bool().get(*out); }

bool csj_object_field(csj_value object, const char *key, size_t length, csj_value *out) {
    dom::object fields;
    if (element(object).get_object().get(fields)) return false;
    dom::element found;
    if (fields.at_key(std::string_view(key, length)).get(found)) return false;
    *out = to_words<dom::element, csj_value>(found);
    return true;
}

size_t csj_count(csj_value container) {
    dom::element value = element(container);
    dom::array elements;
    if (!value.get_array().get(elements)) return elements.size();
    dom::object fields;
    if (!value.get_object().get(fields)) return fields.size();
    return 0;
}

bool csj_array_begin(csj_value array, csj_cursor *cursor) {
    dom::array elements;
    if (element(array).get_array().get(elements)) return false;
    *cursor = to_words<array_cursor, csj_cursor>(array_cursor{elements.begin(), elements.end()});
    return true;
}

bool csj_array_next(csj_cursor *cursor, csj_value *out) {
    auto place = from_words<array_cursor>(*cursor);
    if (!(place.at != place.end)) return false;
    *out = to_words<dom::element, csj_value>(*place.at);
    ++place.at;
    *cursor = to_words<array_cursor, csj_cursor>(place);
    return true;
}

bool csj_object_begin(csj_value object, csj_cursor *cursor) {
    dom::object fields;
    if (element(object).get_object().get(fields)) return false;
    *cursor = to_words<object_cursor, csj_cursor>(object_cursor{fields.begin(), fields.end()});
    return true;
}

bool csj_object_next(csj_cursor *cursor, const char **key, size_t *key_length, csj_value *value) {
    auto place = from_words<object_cursor>(*cursor);
    if (!(place.at != place.end)) return false;
    std::string_view name = place.at.key();
    *key = name.data();
    *key_length = name.size();
    *value = to_words<dom::element, csj_value>(place.at.value());
    ++place.at;
    *cursor = to_words<object_cursor, csj_cursor>(place);
    return true;
}

}
