// The widgets of AuditorEditor and their texts (kept apart from its behaviour in
// auditoreditor.cpp so that each file stays readable).

#include "auditors/auditoreditor.h"

#include "common/fieldmessage.h"
#include "common/fieldundorouter.h"

#include "common/fielddelegate.h"
#include "itemmodels/changehistorymodel.h"
#include "common/optionaldateedit.h"
#include "common/subrecordtable.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// Fields of the Details tab in tab order: key, column (0 left, 1 right), kind.
enum class FieldKind { Line, Date, Level, Active };
// Limits come from the field declarations (AuditorFields) through the validation.
struct FormField
{
    const char *key;
    int column;
    FieldKind kind;
};
const FormField kFields[] = {
    {"name_zh", 0, FieldKind::Line},
    {"name_en", 0, FieldKind::Line},
    {"registration_number", 0, FieldKind::Line},
    {"level", 0, FieldKind::Level},
    {"active", 0, FieldKind::Active},
    {"registration_valid_from", 1, FieldKind::Date},
    {"registration_valid_to", 1, FieldKind::Date},
    {"qualification_confirmed_on", 1, FieldKind::Date},
    {"qualification_confirmed_by", 1, FieldKind::Line},
    {"impartiality_signed_on", 1, FieldKind::Date},
};

QLabel *makeMessage(QWidget *parent, const QString &key)
{
    auto *message = new FieldMessage(key, parent);
    return message;
}

} // namespace

QWidget *AuditorEditor::buildDetailsTab()
{
    auto *undoRouter = new FieldUndoRouter(this);
    auto *details = new QWidget;
    auto *grid = new QGridLayout(details);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(1);   // each field has its message line below it
    int nextRow[2] = {0, 0};
    for (const FormField &spec : kFields) {
        const QString key = QString::fromLatin1(spec.key);
        QWidget *editor = nullptr;
        switch (spec.kind) {
        case FieldKind::Line: {
            auto *edit = new QLineEdit(details);
            connect(edit, &QLineEdit::textChanged, this, [this, key] { fieldEdited(key); });
            m_lineEdits.insert(key, edit);
            editor = edit;
            break;
        }
        case FieldKind::Date: {
            auto *edit = new OptionalDateEdit(details);
            connect(edit, &OptionalDateEdit::valueChanged, this, [this, key] { fieldEdited(key); });
            m_dateEdits.insert(key, edit);
            editor = edit;
            break;
        }
        case FieldKind::Level:
            m_level = new QComboBox(details);
            for (AuditorLevel level : AuditorRules::levels())
                m_level->addItem(QString(), AuditorRules::levelKey(level));
            connect(m_level, &QComboBox::currentIndexChanged, this, [this, key] { fieldEdited(key); });
            editor = m_level;
            break;
        case FieldKind::Active:
            m_active = new QCheckBox(details);
            connect(m_active, &QCheckBox::toggled, this, [this, key] { fieldEdited(key); });
            editor = m_active;
            break;
        }
        editor->setObjectName(key);
        editor->installEventFilter(undoRouter);
        const int row = nextRow[spec.column];
        const int col = spec.column * 2;
        if (spec.kind != FieldKind::Active) {
            auto *label = new QLabel(details);
            label->setBuddy(editor);
            m_labels.insert(key, label);
            grid->addWidget(label, row, col, Qt::AlignRight | Qt::AlignVCenter);
        }
        const bool narrow = spec.kind == FieldKind::Date || spec.kind == FieldKind::Level;
        grid->addWidget(editor, row, col + 1, narrow ? Qt::AlignLeft : Qt::Alignment());
        QLabel *message = makeMessage(details, key);
        grid->addWidget(message, row + 1, col + 1);
        m_messages.insert(key, message);
        nextRow[spec.column] += 2;
    }
    const int notesRow = qMax(nextRow[0], nextRow[1]);
    auto *notesLabel = new QLabel(details);
    m_notes = new QPlainTextEdit(details);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5 + 12);   // the list above gets the room
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 2 + 12);
    m_notes->installEventFilter(undoRouter);
    notesLabel->setBuddy(m_notes);
    m_labels.insert(QStringLiteral("notes"), notesLabel);
    grid->addWidget(notesLabel, notesRow, 0, Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(m_notes, notesRow, 1, 1, 3);
    grid->setRowStretch(notesRow, 1);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { fieldEdited(QStringLiteral("notes")); });

    auto *scroll = new QScrollArea;
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

void AuditorEditor::buildUi()
{
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
    m_tabs->addTab(buildDetailsTab(), QString());

    // Competences: scope class (from the reference table), confirmed on, evidence.
    m_competences = new SubRecordTable(3);
    m_competences->setObjectName(QStringLiteral("competences"));
    m_scopeClassDelegate = new FieldDelegate(FieldDelegate::Choice, this);
    m_scopeClassDelegate->setChoices([this] { return m_scopeClasses; });
    m_competences->table()->setItemDelegateForColumn(0, m_scopeClassDelegate);
    auto *confirmedOn = new FieldDelegate(FieldDelegate::OptionalDate, this);
    confirmedOn->setEmptyText([] { return tr("not confirmed"); });
    m_competences->table()->setItemDelegateForColumn(1, confirmedOn);
    m_competences->setColumnWidthsInCharacters({16, 8});
    m_tabs->addTab(m_competences, QString());

    // Continuing education: date, hours, topic; the yearly totals below.
    auto *educationTab = new QWidget;
    m_education = new SubRecordTable(3, educationTab);
    m_education->setObjectName(QStringLiteral("education"));
    m_education->table()->setItemDelegateForColumn(0, new FieldDelegate(FieldDelegate::Date, this));
    auto *hours = new FieldDelegate(FieldDelegate::Number, this);
    hours->setRange(0, 500, 1);
    m_education->table()->setItemDelegateForColumn(1, hours);
    m_education->setColumnWidthsInCharacters({8, 4});
    m_educationTotals = new QLabel(educationTab);
    m_educationTotals->setObjectName(QStringLiteral("educationTotals"));
    m_educationTotals->setTextFormat(Qt::RichText);
    m_educationTotals->setWordWrap(true);
    m_educationTotals->setContentsMargins(9, 0, 9, 9);
    auto *educationLayout = new QVBoxLayout(educationTab);
    educationLayout->setContentsMargins(0, 0, 0, 0);
    educationLayout->addWidget(m_education, 1);
    educationLayout->addWidget(m_educationTotals);
    m_tabs->addTab(educationTab, QString());

    // Conflicts of interest: client (searched in the register), relation, from, to, note.
    m_conflicts = new SubRecordTable(5);
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_clientDelegate = new FieldDelegate(FieldDelegate::Client, this);
    m_relationDelegate = new FieldDelegate(FieldDelegate::Choice, this);
    m_relationDelegate->setChoices([] {
        QList<QPair<QString, QString>> choices;
        for (ConflictRelation relation : AuditorRules::relations())
            choices << qMakePair(AuditorRules::relationKey(relation), AuditorRules::relationLabel(relation));
        return choices;
    });
    m_conflicts->table()->setItemDelegateForColumn(0, m_clientDelegate);
    m_conflicts->table()->setItemDelegateForColumn(1, m_relationDelegate);
    m_conflicts->table()->setItemDelegateForColumn(2, new FieldDelegate(FieldDelegate::Date, this));
    auto *relationEnds = new FieldDelegate(FieldDelegate::OptionalDate, this);
    relationEnds->setEmptyText([] { return tr("ongoing"); });
    m_conflicts->table()->setItemDelegateForColumn(3, relationEnds);
    m_conflicts->setColumnWidthsInCharacters({16, 6, 8, 8});
    m_tabs->addTab(m_conflicts, QString());

    connect(m_competences, &SubRecordTable::edited, this, [this] { fieldEdited(QStringLiteral("competences")); });
    connect(m_education, &SubRecordTable::edited, this, [this] { fieldEdited(QStringLiteral("education")); });
    connect(m_conflicts, &SubRecordTable::edited, this, [this] { fieldEdited(QStringLiteral("conflicts")); });

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
    connect(m_history, &ChangeHistoryModel::modelReset, m_historyView, &QTableView::resizeRowsToContents);

    // The findings of the people rules for this auditor, beside the tabs.
    auto *findingsPane = new QWidget(page);
    m_findingsTitle = new QLabel(findingsPane);
    QFont bold = m_findingsTitle->font();
    bold.setBold(true);
    m_findingsTitle->setFont(bold);
    m_findings = new QListWidget(findingsPane);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setWordWrap(true);
    m_findings->setSelectionMode(QAbstractItemView::NoSelection);
    m_findings->setFocusPolicy(Qt::NoFocus);
    auto *findingsLayout = new QVBoxLayout(findingsPane);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_findingsTitle);
    findingsLayout->addWidget(m_findings, 1);
    findingsPane->setMinimumWidth(character * 14);

    auto *body = new QHBoxLayout;
    body->addWidget(m_tabs, 3);
    body->addWidget(findingsPane, 1);

    m_status = new QLabel(page);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_revertButton = new QPushButton(page);
    m_saveButton = new QPushButton(page);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_title);
    pageLayout->addLayout(body, 1);
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
    connect(m_revertAction, &QAction::triggered, this, &AuditorEditor::revert);
    connect(m_saveButton, &QPushButton::clicked, m_saveAction, &QAction::trigger);
    connect(m_revertButton, &QPushButton::clicked, m_revertAction, &QAction::trigger);
}

void AuditorEditor::retranslateUi()
{
    m_placeholder->setText(tr("Select an auditor in the list to see it here, or add one with New auditor (Ctrl+N)."));
    const QHash<QString, QString> labels{
        {QStringLiteral("name_zh"), tr("&Name (Chinese):")},
        {QStringLiteral("name_en"), tr("Name (En&glish):")},
        {QStringLiteral("registration_number"), tr("Registrat&ion no.:")},
        {QStringLiteral("level"), tr("&Level:")},
        {QStringLiteral("registration_valid_from"), tr("Registered fr&om:")},
        {QStringLiteral("registration_valid_to"), tr("Registered &until:")},
        {QStringLiteral("qualification_confirmed_on"), tr("&Qualification confirmed on:")},
        {QStringLiteral("qualification_confirmed_by"), tr("Confirmed &by:")},
        {QStringLiteral("impartiality_signed_on"), tr("I&mpartiality statement signed:")},
        {QStringLiteral("notes"), tr("Remar&ks:")},
    };
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        m_labels.value(it.key())->setText(it.value());
    m_active->setText(tr("&Active (works for the body)"));
    for (int i = 0; i < m_level->count(); ++i)
        m_level->setItemText(i, AuditorRules::levelLabel(AuditorRules::levels().at(i)));
    m_lineEdits.value(QStringLiteral("name_zh"))->setPlaceholderText(tr("Required, e.g. 王晓明"));
    m_lineEdits.value(QStringLiteral("name_en"))->setPlaceholderText(tr("e.g. Wang Xiaoming"));
    m_lineEdits.value(QStringLiteral("registration_number"))->setPlaceholderText(tr("CCAA registration number"));
    m_lineEdits.value(QStringLiteral("qualification_confirmed_by"))->setPlaceholderText(tr("Who confirmed it for the body"));
    m_dateEdits.value(QStringLiteral("qualification_confirmed_on"))
        ->setToolTip(tr("The body's confirmation of the auditor's qualification (资格确认); empty: not confirmed."));
    m_dateEdits.value(QStringLiteral("impartiality_signed_on"))
        ->setToolTip(tr("Date the auditor signed the impartiality statement (公正性声明); empty: not signed."));

    m_competences->setHeaders({tr("Scope class"), tr("Confirmed on"), tr("Evidence")});
    m_competences->setButtonTexts(tr("Add competence"), tr("Remove competence"));
    m_education->setHeaders({tr("Date"), tr("Hours"), tr("Topic")});
    m_education->setButtonTexts(tr("Add training"), tr("Remove training"));
    m_conflicts->setHeaders({tr("Client"), tr("Relation"), tr("From"), tr("To"), tr("Note")});
    m_conflicts->setButtonTexts(tr("Declare a conflict"), tr("Remove declaration"));
    m_conflicts->table()->horizontalHeaderItem(0)->setToolTip(tr("Type part of the client's name or credit code, then "
                                                                 "choose it from the list"));
    m_conflicts->table()->horizontalHeaderItem(3)->setToolTip(tr("Empty while the relation lasts"));
    m_findingsTitle->setText(tr("Findings (people rules)"));
    for (int tab = DetailsTab; tab <= HistoryTab; ++tab)
        m_tabs->setTabText(tab, tabTitle(tab));

    m_saveAction->setText(tr("&Save"));
    m_saveAction->setToolTip(tr("Save the auditor (Ctrl+S)"));
    m_revertAction->setText(tr("&Discard changes"));
    m_revertAction->setToolTip(tr("Forget the changes since the last save"));
    m_saveButton->setText(m_saveAction->text());
    m_saveButton->setToolTip(m_saveAction->toolTip());
    m_revertButton->setText(m_revertAction->text());
    m_revertButton->setToolTip(m_revertAction->toolTip());
    m_history->retranslate();
    m_historyView->resizeRowsToContents();
    loadReferenceData();   // scope-class names in the new language
    m_status->clear();
    updateState();
}

QString AuditorEditor::tabTitle(int tab) const
{
    switch (tab) {
    case DetailsTab: return tr("Details");
    case CompetencesTab: return tr("Competences (%1)").arg(m_competences->table()->rowCount());
    case EducationTab: return tr("Continuing education (%1)").arg(m_education->table()->rowCount());
    case ConflictsTab: return tr("Conflicts of interest (%1)").arg(m_conflicts->table()->rowCount());
    case HistoryTab: return tr("History");
    }
    return {};
}
