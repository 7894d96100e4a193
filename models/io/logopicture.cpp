#include "logopicture.h"

#include "domain/bodysettings.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>

namespace LogoPicture {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("LogoPicture", text); }

constexpr int kLargestSide = 10000;   // pixels of a picture we decode at all
constexpr int kAllocationMb = 256;

} // namespace

QString fromBytes(const QByteArray &bytes, QString *error)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(kAllocationMb);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > kLargestSide || size.height() > kLargestSide)) {
        *error = tr("The picture is %1 × %2 pixels; choose one of at most 10,000 pixels across.")
                     .arg(size.width())
                     .arg(size.height());
        return {};
    }
    QImage image = reader.read();
    if (image.isNull()) {
        *error = tr("The file is not a picture that can be read (%1). Choose a PNG, JPEG or other picture file.")
                     .arg(reader.errorString());
        return {};
    }
    if (image.width() > kPixels || image.height() > kPixels)
        image = image.scaled(kPixels, kPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    if (!image.save(&out, "PNG")) {
        *error = tr("The picture could not be converted to PNG.");
        return {};
    }
    const QString value = QString::fromLatin1(png.toBase64());
    if (const QList<FieldProblem> problems = BodySettings::validate(QString::fromLatin1(BodySettingKey::BodyLogo), value);
        !problems.isEmpty()) {
        *error = problems.first().message;
        return {};
    }
    return value;
}

QString fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    if (file.size() > 50 * 1024 * 1024) {
        *error = tr("%1 is larger than 50 MB; choose a smaller picture.").arg(QDir::toNativeSeparators(path));
        return {};
    }
    QString reason;
    const QString value = fromBytes(file.readAll(), &reason);
    if (value.isEmpty())
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), reason);
    return value;
}

} // namespace LogoPicture
