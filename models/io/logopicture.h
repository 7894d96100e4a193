#pragma once

#include <QByteArray>
#include <QString>

// The body's logo read from a picture file the user chooses (PNG, JPEG, BMP, GIF …, any
// format Qt reads): decoded with a bounded allocation, scaled down to at most kPixels on its
// longer side, and kept as PNG in base64 — what BodySettings' body_logo holds. Any bytes
// either give such a logo or are refused with a message; nothing else happens.
namespace LogoPicture {

inline constexpr int kPixels = 600;

// The logo as base64 PNG, or empty with *error saying what is wrong (in the user's language).
QString fromBytes(const QByteArray &bytes, QString *error);
QString fromFile(const QString &path, QString *error);

} // namespace LogoPicture
