#pragma once

#include <QWidget>

class Database;
class Edits;
class NoteBar;
class QLabel;
class QLineEdit;
class QPushButton;

// The Numbering section of Settings: the patterns the body's record numbers are made from
// (applications CSISMS-A-{yyyy}-{seq:4}, contracts CSISMS-C-{yyyy}-{seq:4}) with the number
// the next application would get, the pattern's mistakes named as you type, and the body's
// name as it signs contracts. A change is saved through the
// session's write path (logged, undoable); only an administrator makes it.
class NumberingPage : public QWidget
{
    Q_OBJECT

public:
    explicit NumberingPage(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    void setEdits(Edits *edits) { m_edits = edits; }
    void setEditable(bool editable, const QString &note);
    // Reads the stored patterns again (unsaved typing is kept only when asked: isModified).
    void refresh();

    bool isModified() const;
    // Asks Save / Discard / Cancel when modified; false when the user cancels or a save failed.
    bool maybeSave();
    bool save();
    void revert();

    QLineEdit *applicationPattern() const { return m_edits_.value(0); }
    QLineEdit *contractPattern() const { return m_edits_.value(1); }
    QLineEdit *bodyName() const { return m_edits_.value(2); }
    QString previewText() const;
    QString messageText() const;

signals:
    void modificationChanged(bool modified);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void update();

    Database *m_db = nullptr;
    Edits *m_edits = nullptr;
    bool m_editable = false;
    QStringList m_keys;
    QStringList m_stored;
    NoteBar *m_note;
    QLabel *m_title;
    QList<QLabel *> m_labels;
    QList<QLineEdit *> m_edits_;
    QLabel *m_preview;
    QLabel *m_message;
    QLabel *m_help;
    QPushButton *m_save;
    QPushButton *m_revert;
};
