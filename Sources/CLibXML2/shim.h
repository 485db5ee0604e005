/* libxml2 as Debian builds it includes ICU's headers (<unicode/ucnv.h>) from encoding.h.
   Those clash with the ICU copy inside Foundation ("UErrorCode has different definitions"),
   intermittently, depending on which module is built first. Parley never touches the ICU
   fields of xmlCharEncodingHandler (it only passes parser pointers), so the ICU part of the
   headers is switched off here. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
