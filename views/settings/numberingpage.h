#pragma once

#include <QHash>
#include <QWidget>

class Database;
class Edits;
class NoteBar;
class QLabel;
class QLineEdit;
class QPushButton;

// The "Body and numbering" section of Settings. Record numbers: the patterns the body's
// record numbers are made from (applications CSISMS-A-{yyyy}-{seq:4}, contracts, certificates)
// with the number the next application would get, a pattern's mistakes named as you type.
// The body: its name as it signs contracts and in English, its address in both languages,
// its CNCA approval number and its logo (a picture chosen from a file, kept in the database
// as PNG), all of which head the printed reports. A change is saved through the session's
// write path (logged, undoable); only an administrator makes it.
class NumberingPage : public QWidget
{
    Q_OBJECT

public:
    explicit NumberingPage(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    void setEdits(Edits *edits) { m_edits = edits; }
    void setEditable(bool editable, const QString &note);
    // Reads the stored settings again (unsaved typing is lost: ask isModified first).
    void refresh();

    bool isModified() const;
    // Asks Save / Discard / Cancel when modified; false when the user cancels or a save failed.
    bool maybeSave();
    bool save();
    void revert();

    // The text field of a setting (BodySettingKey), nullptr for the logo.
    QLineEdit *edit(const QString &key) const { return m_lineEdits.value(key); }
    QLineEdit *applicationPattern() const;
    QLineEdit *contractPattern() const;
    QLineEdit *bodyName() const;
    QString previewText() const;
    QString messageText() const;

    // Takes the picture in `path` as the logo (scaled down to at most 600 pixels across,
    // kept as PNG); unsaved until Save. False, with the reason in messageText(), when the
    // file is not a picture.
    bool chooseLogoFile(const QString &path);
    void clearLogo();
    // The logo as it will be saved (base64 PNG; empty for none).
    QString logoValue() const { return m_logo; }

signals:
    void modificationChanged(bool modified);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void update();
    void showLogo();
    void askLogoFile();
    QString current(const QString &key) const;

    Database *m_db = nullptr;
    Edits *m_edits = nullptr;
    bool m_editable = false;
    QStringList m_keys;                 // every key, BodySettings::keys()
    QHash<QString, QString> m_stored;   // key -> stored value
    QString m_logo;                     // the logo as edited
    QString m_logoProblem;              // why the last chosen file was refused
    NoteBar *m_note;
    QLabel *m_numbersTitle;
    QLabel *m_bodyTitle;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QLineEdit *> m_lineEdits;
    QLabel *m_logoLabel;
    QLabel *m_logoPicture;
    QPushButton *m_chooseLogo;
    QPushButton *m_clearLogo;
    QLabel *m_preview;
    QLabel *m_message;
    QLabel *m_help;
    QLabel *m_bodyHelp;
    QPushButton *m_save;
    QPushButton *m_revert;
};
