#pragma once

#include <QDialog>

class ClientPicker;
class Database;
class QPushButton;

// Which client's dossier to export (File → Export client dossier…): the client is found
// by typing part of its name, credit code or contact.
class ChooseDossierDialog : public QDialog
{
    Q_OBJECT

public:
    ChooseDossierDialog(Database *db, QWidget *parent = nullptr);
    qint64 clientId() const;
    ClientPicker *picker() const { return m_picker; }

private:
    ClientPicker *m_picker;
    QPushButton *m_ok;
};
