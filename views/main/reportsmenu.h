#pragma once

#include <QMenu>

#include <functional>

class Database;
class QAction;

// The window's Reports menu: the audit programme reports of a period (one PDF or one per
// client), the public information sheet (5.1.1) in the print preview, and the regulatory exports (the CNCA monthly information report,
// the IAF CertSearch upload sheet), each asking what it needs (the month, the file) and
// writing the workbook whole or not at all.
class ReportsMenu : public QMenu
{
    Q_OBJECT

public:
    ReportsMenu(std::function<Database *()> database, QWidget *parent = nullptr);

    QAction *cncaAction() const { return m_cnca; }
    QAction *certSearchAction() const { return m_certSearch; }
    QAction *programmesAction() const { return m_programmes; }
    QAction *informationSheetAction() const { return m_informationSheet; }
    // The exports without their dialogs (the GUI test): the message shown, empty on success.
    QString exportCnca(int year, int month, const QString &path);
    QString exportCertSearch(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void askCnca();
    void askCertSearch();
    void askProgrammes();
    void previewInformationSheet();

    std::function<Database *()> m_database;
    QAction *m_cnca;
    QAction *m_certSearch;
    QAction *m_programmes;
    QAction *m_informationSheet;
};
