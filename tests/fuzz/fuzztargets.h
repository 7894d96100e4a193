#pragma once

#include <QByteArray>

// What each fuzz target does with one input, shared by the libFuzzer executables
// (fuzz_main.cpp) and the normal test that replays the seed corpus and every regression
// input (tst_fuzzregressions). Each checks properties that must hold for any input and
// ends the program (qFatal) when one does not, so the fuzzer reports it:
// - csvReader: decoding and parsing never crash; a parsed file written back with
//   CsvWriter parses to the same fields.
// - clientImport: an import of any bytes either stores all rows or none (the register
//   and the change log are unchanged when it is refused), and never throws.
// - databaseOpen: any bytes as a database file are opened or refused with a message,
//   read-only use leaves the file and its siblings unchanged, and a file that opens
//   can be checked.
namespace FuzzTargets {

// Once per process, before the first input (creates the scratch database), and before the
// application object goes (closes it).
void initialize();
void shutdown();

void csvReader(const QByteArray &input);
void clientImport(const QByteArray &input);
void databaseOpen(const QByteArray &input);
// - applicationFile: any bytes as an application file (`application check`) are read or
//   refused naming a field; what is read gives ten conditions and audit-time figures in
//   half days, stage 1 + stage 2 = the adjusted days, acceptable exactly when no error.
void applicationFile(const QByteArray &input);
// - programmeFile: any bytes as a programme file (`programme check`, `propose`) are read or
//   refused naming a field; every finding names its rule and an audit of the file; what is
//   written reads back and checks the same; propose keeps every audit given.
void programmeFile(const QByteArray &input);
// - logoPicture: any bytes as the picture chosen for the body's logo are refused with a
//   message or give a logo that validates, decodes as PNG and fits LogoPicture::kPixels;
//   the same bytes give the same logo.
void logoPicture(const QByteArray &input);
// - archiveBundle: any bytes as an archive bundle (`csisms import`) are refused with a
//   message, or restored into an empty database whose change log then verifies; a refused
//   bundle leaves the database empty.
void archiveBundle(const QByteArray &input);
// - dossierBundle: any bytes as one client's dossier (`csisms import DOSSIER.zip`, File →
//   Import client dossier…) are refused with a message and write nothing, or planned and
//   applied taking every value of the bundle: then the change log, the other side's
//   entries and the keys verify and the same bundle planned again has nothing to add or
//   take; or the apply is refused and nothing changed. Bytes that are not a zip replace
//   one file of a seed dossier (first line: the table; the rest: its data/<table>.json),
//   with the manifest made to match, so that the planner is reached past the hashes.
void dossierBundle(const QByteArray &input);

} // namespace FuzzTargets
