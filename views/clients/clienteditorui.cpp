// The widgets of ClientEditor and their texts (kept apart from its behaviour in
// clienteditor.cpp so that each file stays readable).

#include "clients/clienteditor.h"
#include "common/fieldmessage.h"
#include "common/fieldundorouter.h"

#include "itemmodels/changehistorymodel.h"
#include "common/subrecordtable.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Tab { DetailsTab, SitesTab, ShiftsTab, EntitiesTab, HistoryTab };

// Client fields in tab order, with their column in the form. Their limits are those of
// the field declarations (ClientFields); a value over one is shown beside the field by
// the validation, never cut off while typing.
struct FormField
{
    const char *key;
    int column;     // 0: left, 1: right
};
const FormField kFields[] = {
    {"name_zh", 0}, {"name_en", 0}, {"credit_code", 0}, {"address", 0},
    {"legal_representative", 0}, {"contact", 1}, {"phone", 1}, {"email", 1},
    {"headcount", 1},
};

} // namespace

void ClientEditor::buildUi()
{
    auto *undoRouter = new FieldUndoRouter(this);
    m_stack = new QStackedWidget(this);
    m_placeholder = new QLabel(m_stack);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);

    auto *page = new QWidget(m_stack);
    m_title = new QLabel(page);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs = new QTabWidget(page);

    // Details: two columns of fields, each with its message below it, and the notes.
    auto *details = new QWidget;
    auto *grid = new QGridLayout(details);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(1);   // each field has its message line below it
    int nextRow[2] = {0, 0};
    for (const FormField &spec : kFields) {
        const QString key = QString::fromLatin1(spec.key);
        auto *label = new QLabel(details);
        auto *edit = new QLineEdit(details);
        auto *message = new FieldMessage(key, details);
        edit->setObjectName(key);
        if (key == QLatin1String("headcount"))
            edit->setMaxLength(9);   // digits only; anything longer is no headcount
        label->setBuddy(edit);
        const int row = nextRow[spec.column];
        const int col = spec.column * 2;
        grid->addWidget(label, row, col, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(edit, row, col + 1);
        grid->addWidget(message, row + 1, col + 1);
        nextRow[spec.column] += 2;
        m_labels.insert(key, label);
        m_fields.insert(key, edit);
        m_messages.insert(key, message);
        edit->installEventFilter(undoRouter);
        connect(edit, &QLineEdit::textChanged, this, [this, key] { fieldEdited(key); });
    }
    const int notesRow = qMax(nextRow[0], nextRow[1]);
    m_notesLabel = new QLabel(details);
    m_notes = new QPlainTextEdit(details);
    // Room for a few lines: the list above gets the height (it scrolls).
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5 + 12);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_notesLabel->setBuddy(m_notes);
    m_notes->installEventFilter(undoRouter);
    grid->addWidget(m_notesLabel, notesRow, 0, Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(m_notes, notesRow, 1, 1, 3);
    grid->setRowStretch(notesRow, 1);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { fieldEdited(QStringLiteral("notes")); });

    auto *scroll = new QScrollArea;
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, QString());

    m_sites = new SubRecordTable(3);
    m_shifts = new SubRecordTable(3);
    m_entities = new SubRecordTable(2);
    m_sites->setObjectName(QStringLiteral("sites"));
    m_shifts->setObjectName(QStringLiteral("shifts"));
    m_entities->setObjectName(QStringLiteral("legal_entities"));
    m_sites->setColumnWidthsInCharacters({12, 24});
    m_shifts->setColumnWidthsInCharacters({8, 12});
    m_entities->setColumnWidthsInCharacters({16});
    m_tabs->addTab(m_sites, QString());
    m_tabs->addTab(m_shifts, QString());
    m_tabs->addTab(m_entities, QString());
    connect(m_sites, &SubRecordTable::edited, this, [this] { fieldEdited(QStringLiteral("sites")); });
    connect(m_shifts, &SubRecordTable::edited, this, [this] { fieldEdited(QStringLiteral("shifts")); });
    connect(m_entities, &SubRecordTable::edited, this, [this] { fieldEdited(QStringLiteral("legal_entities")); });

    m_history = new ChangeHistoryModel(this);
    m_historyView = new QTableView;
    m_historyView->setObjectName(QStringLiteral("history"));
    m_historyView->setModel(m_history);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setWordWrap(true);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->verticalHeader()->setVisible(false);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    const int character = m_historyView->fontMetrics().horizontalAdvance(QChar(0x4E2D));
    m_historyView->setColumnWidth(ChangeHistoryModel::When, character * 9 + 16);
    m_historyView->setColumnWidth(ChangeHistoryModel::Who, character * 6 + 16);
    m_historyView->setColumnWidth(ChangeHistoryModel::Record, character * 14 + 16);
    m_historyView->setColumnWidth(ChangeHistoryModel::Action, character * 4 + 16);
    m_tabs->addTab(m_historyView, QString());

    m_status = new QLabel(page);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_revertButton = new QPushButton(page);
    m_saveButton = new QPushButton(page);
    m_saveButton->setDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_title);
    pageLayout->addWidget(m_tabs, 1);
    pageLayout->addLayout(buttons);
    m_stack->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_saveAction);
    m_revertAction = new QAction(this);
    addAction(m_revertAction);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    connect(m_revertAction, &QAction::triggered, this, &ClientEditor::revert);
    connect(m_saveButton, &QPushButton::clicked, m_saveAction, &QAction::trigger);
    connect(m_revertButton, &QPushButton::clicked, m_revertAction, &QAction::trigger);
    connect(m_history, &ChangeHistoryModel::modelReset, m_historyView, &QTableView::resizeRowsToContents);
    connect(m_historyView->horizontalHeader(), &QHeaderView::sectionResized, m_historyView,
            [this] { m_historyView->resizeRowsToContents(); });
}

void ClientEditor::retranslateUi()
{
    m_placeholder->setText(m_registerEmpty
                               ? tr("The register is empty. Add a client with New client (Ctrl+N), or bring in a list "
                                    "with File → Import clients… (a CSV file from a spreadsheet). To try the program "
                                    "first, fill a new database with demo data: csisms --db demo.sqlite demo.")
                               : tr("Select a client in the list to see it here, or add one with New (Ctrl+N)."));
    const QHash<QString, QString> labels{
        {QStringLiteral("name_zh"), tr("&Name (Chinese):")},
        {QStringLiteral("name_en"), tr("Name (En&glish):")},
        {QStringLiteral("credit_code"), tr("&Credit code:")},
        {QStringLiteral("address"), tr("&Address:")},
        {QStringLiteral("legal_representative"), tr("&Legal representative:")},
        {QStringLiteral("contact"), tr("C&ontact person:")},
        {QStringLiteral("phone"), tr("&Telephone:")},
        {QStringLiteral("email"), tr("E-&mail:")},
        {QStringLiteral("headcount"), tr("Headco&unt:")},
    };
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        m_labels.value(it.key())->setText(it.value());
    m_notesLabel->setText(tr("Remar&ks:"));
    m_fields.value(QStringLiteral("name_zh"))->setPlaceholderText(tr("Required, e.g. 上海示例云计算有限公司"));
    m_fields.value(QStringLiteral("credit_code"))->setPlaceholderText(tr("18 characters, e.g. 91350100M000100Y43"));
    m_fields.value(QStringLiteral("credit_code"))->setToolTip(tr("Unified social credit code (GB 32100-2015)"));
    m_fields.value(QStringLiteral("phone"))->setPlaceholderText(tr("e.g. 0591-87654321"));
    m_fields.value(QStringLiteral("email"))->setPlaceholderText(tr("name@example.com"));
    m_fields.value(QStringLiteral("headcount"))->setPlaceholderText(tr("Total number of people, e.g. 120"));

    m_sites->setHeaders({tr("Name"), tr("Address"), tr("Headcount")});
    m_sites->setButtonTexts(tr("Add site"), tr("Remove site"));
    m_shifts->setHeaders({tr("Name"), tr("Hours"), tr("Headcount")});
    m_shifts->setButtonTexts(tr("Add shift"), tr("Remove shift"));
    m_entities->setHeaders({tr("Name"), tr("Credit code")});
    m_entities->setButtonTexts(tr("Add legal entity"), tr("Remove legal entity"));
    for (int tab = DetailsTab; tab <= HistoryTab; ++tab)
        m_tabs->setTabText(tab, tabTitle(tab));

    m_saveAction->setText(tr("&Save"));
    m_saveAction->setToolTip(tr("Save the client (Ctrl+S)"));
    m_revertAction->setText(tr("&Discard changes"));
    m_revertAction->setToolTip(tr("Forget the changes since the last save"));
    m_saveButton->setText(m_saveAction->text());
    m_saveButton->setToolTip(m_saveAction->toolTip());
    m_revertButton->setText(m_revertAction->text());
    m_revertButton->setToolTip(m_revertAction->toolTip());
    m_history->retranslate();
    m_historyView->resizeRowsToContents();
    m_status->clear();  // a message of the old language
    updateState();
}

QString ClientEditor::tabTitle(int tab) const
{
    switch (tab) {
    case DetailsTab: return tr("Details");
    case SitesTab: return tr("Sites (%1)").arg(m_sites->table()->rowCount());
    case ShiftsTab: return tr("Shifts (%1)").arg(m_shifts->table()->rowCount());
    case EntitiesTab: return tr("Legal entities (%1)").arg(m_entities->table()->rowCount());
    case HistoryTab: return tr("History");
    }
    return {};
}
