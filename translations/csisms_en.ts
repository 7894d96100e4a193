<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApplicantEligibility</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message numerus="yes">
        <source>D2: a proof for each of the %n legal entities.</source>
        <translation>
            <numerusform>D2: a proof for the one legal entity.</numerusform>
            <numerusform>D2: a proof for each of the %n legal entities.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message numerus="yes">
        <source>%Ln application(s)</source>
        <translation>
            <numerusform>%Ln application</numerusform>
            <numerusform>%Ln applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditorEditor</name>
    <message numerus="yes">
        <source>The registration ends on %1, in %n day(s): time to renew it.</source>
        <translation>
            <numerusform>The registration ends on %1, in %n day: time to renew it.</numerusform>
            <numerusform>The registration ends on %1, in %n days: time to renew it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditorListModel</name>
    <message numerus="yes">
        <source>%1 (expires in %n day(s))</source>
        <comment>registration end date</comment>
        <translation>
            <numerusform>%1 (expires in %n day)</numerusform>
            <numerusform>%1 (expires in %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditorRepository</name>
    <message numerus="yes">
        <source>%n record(s) in %1</source>
        <translation>
            <numerusform>%n record in %1</numerusform>
            <numerusform>%n records in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user profile(s)</source>
        <translation>
            <numerusform>%n user profile</numerusform>
            <numerusform>%n user profiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditorsPage</name>
    <message numerus="yes">
        <source>%Ln auditor(s)</source>
        <translation>
            <numerusform>%Ln auditor</numerusform>
            <numerusform>%Ln auditors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateRules</name>
    <message numerus="yes">
        <source>Certificate %1 has been suspended since %2, longer than %n month(s) (until %3): restore it or withdraw it.</source>
        <translation>
            <numerusform>Certificate %1 has been suspended since %2, longer than %n month (until %3): restore it or withdraw it.</numerusform>
            <numerusform>Certificate %1 has been suspended since %2, longer than %n months (until %3): restore it or withdraw it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainAnchor</name>
    <message numerus="yes">
        <source>The change log is shorter than when this computer last wrote to this file: it held %Ln entries then (the last one logged on %1) and holds %2 now. Entries were removed from its end, or the file was replaced by an older copy or another database. If you restored or replaced it yourself, this is expected; otherwise compare it with your backups.</source>
        <translation>
            <numerusform>The change log is shorter than when this computer last wrote to this file: it held %Ln entry then (the last one logged on %1) and holds %2 now. Entries were removed from its end, or the file was replaced by an older copy or another database. If you restored or replaced it yourself, this is expected; otherwise compare it with your backups.</numerusform>
            <numerusform>The change log is shorter than when this computer last wrote to this file: it held %Ln entries then (the last one logged on %1) and holds %2 now. Entries were removed from its end, or the file was replaced by an older copy or another database. If you restored or replaced it yourself, this is expected; otherwise compare it with your backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message numerus="yes">
        <source>%Ln change-log entries checked; the chain is intact.</source>
        <translation>
            <numerusform>%Ln change-log entry checked; the chain is intact.</numerusform>
            <numerusform>%Ln change-log entries checked; the chain is intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change-log entries checked; the chain is BROKEN.</source>
        <translation>
            <numerusform>%Ln change-log entry checked; the chain is BROKEN.</numerusform>
            <numerusform>%Ln change-log entries checked; the chain is BROKEN.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDemo</name>
    <message numerus="yes">
        <source>The database already holds %n client(s). Demo data goes into a new, empty database: choose another file with --db.</source>
        <translation>
            <numerusform>The database already holds %n client. Demo data goes into a new, empty database: choose another file with --db.</numerusform>
            <numerusform>The database already holds %n clients. Demo data goes into a new, empty database: choose another file with --db.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientImport</name>
    <message numerus="yes">
        <source>… and %n more problem(s) not shown.</source>
        <translation>
            <numerusform>… and %n more problem not shown.</numerusform>
            <numerusform>… and %n more problems not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message numerus="yes">
        <source>%n record(s) in %1</source>
        <translation>
            <numerusform>%n record in %1</numerusform>
            <numerusform>%n records in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n client imported.</numerusform>
            <numerusform>%n clients imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change-log entries checked; the chain is intact.</source>
        <translation>
            <numerusform>%n change-log entry checked; the chain is intact.</numerusform>
            <numerusform>%n change-log entries checked; the chain is intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change-log entries checked; the chain is BROKEN.</source>
        <translation>
            <numerusform>%n change-log entry checked; the chain is BROKEN.</numerusform>
            <numerusform>%n change-log entries checked; the chain is BROKEN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not valid: %n error(s)</source>
        <translation>
            <numerusform>Not valid: %n error</numerusform>
            <numerusform>Not valid: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s).</source>
        <translation>
            <numerusform>, %n warning.</numerusform>
            <numerusform>, %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo client(s), %1 auditors, %2 applications, %3 audit programmes and %4 certificates written to %5 in %6 s.</source>
        <translation>
            <numerusform>%n demo client, %1 auditors, %2 applications, %3 audit programmes and %4 certificates written to %5 in %6 s.</numerusform>
            <numerusform>%n demo clients, %1 auditors, %2 applications, %3 audit programmes and %4 certificates written to %5 in %6 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s), %2) written to %3.</source>
        <translation>
            <numerusform>%1 (%n page, %2) written to %3.</numerusform>
            <numerusform>%1 (%n pages, %2) written to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n records differ. Choose record by record in the application (File → Import client dossier…), or pass --take here or --take bundle for all of them.</source>
        <translation>
            <numerusform>Nothing was written: %n record differs. Choose in the application (File → Import client dossier…), or pass --take here or --take bundle.</numerusform>
            <numerusform>Nothing was written: %n records differ. Choose record by record in the application (File → Import client dossier…), or pass --take here or --take bundle for all of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln contract</numerusform>
            <numerusform>%Ln contracts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message numerus="yes">
        <source>%n major nonconformity(s) not verified closed; certification is granted only when every one is.</source>
        <translation>
            <numerusform>%n major nonconformity not verified closed; certification is granted only when every one is.</numerusform>
            <numerusform>%n major nonconformities not verified closed; certification is granted only when every one is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor nonconformity(s) without an accepted corrective-action plan; certification is granted only when every one has one.</source>
        <translation>
            <numerusform>%n minor nonconformity without an accepted corrective-action plan; certification is granted only when every one has one.</numerusform>
            <numerusform>%n minor nonconformities without an accepted corrective-action plan; certification is granted only when every one has one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierMerge</name>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation>
            <numerusform>(%n byte)</numerusform>
            <numerusform>(%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueListModel</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <comment>due item</comment>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <comment>due item</comment>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message numerus="yes">
        <source>%1 due within %n day(s), %2 late</source>
        <comment>due summary</comment>
        <translation>
            <numerusform>%1 due within %n day, %2 late</numerusform>
            <numerusform>%1 due within %n days, %2 late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>within N days</comment>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message numerus="yes">
        <source>Declared conflict of interest with this client: %1 from %2 to %3, within the look-back of %n month(s) before the audit.</source>
        <translation>
            <numerusform>Declared conflict of interest with this client: %1 from %2 to %3, within the look-back of %n month before the audit.</numerusform>
            <numerusform>Declared conflict of interest with this client: %1 from %2 to %3, within the look-back of %n months before the audit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message numerus="yes">
        <source>Empty: due %n day(s) after it was raised, on %1.</source>
        <translation>
            <numerusform>Empty: due %n day after it was raised, on %1.</numerusform>
            <numerusform>Empty: due %n days after it was raised, on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportClientsDialog</name>
    <message numerus="yes">
        <source>%Ln problem(s) found. Nothing will be imported until the file is corrected; each line below says where and what.</source>
        <translation>
            <numerusform>%Ln problem found. Nothing will be imported until the file is corrected; the line below says where and what.</numerusform>
            <numerusform>%Ln problems found. Nothing will be imported until the file is corrected; each line below says where and what.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) ready to import. All are written together, or none.</source>
        <translation>
            <numerusform>%Ln client ready to import. It is written in one go, or not at all.</numerusform>
            <numerusform>%Ln clients ready to import. All are written together, or none.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n client(s)</source>
        <translation>
            <numerusform>Import %n client</numerusform>
            <numerusform>Import %n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeCheck</name>
    <message numerus="yes">
        <source>Application %1 is accepted without a legal status proof (D2) for %n of the client&apos;s legal entities.</source>
        <translation>
            <numerusform>Application %1 is accepted without a legal status proof (D2) for %n of the client&apos;s legal entities.</numerusform>
            <numerusform>Application %1 is accepted without a legal status proof (D2) for %n of the client&apos;s legal entities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) belong to no document (attached, then the change was discarded or undone); they are kept and take room in the database.</source>
        <translation>
            <numerusform>%n attached file belongs to no document (attached, then the change was discarded or undone); it is kept and takes room in the database.</numerusform>
            <numerusform>%n attached files belong to no document (attached, then the change was discarded or undone); they are kept and take room in the database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1 · %Ln client(s) (%2 archived)</source>
        <translation>
            <numerusform>%1 · %Ln client (%2 archived)</numerusform>
            <numerusform>%1 · %Ln clients (%2 archived)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) imported.</source>
        <translation>
            <numerusform>%Ln client imported.</numerusform>
            <numerusform>%Ln clients imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeBatchDialog</name>
    <message numerus="yes">
        <source>%n report(s) to write.</source>
        <translation>
            <numerusform>%n report to write.</numerusform>
            <numerusform>%n reports to write.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written (%1 pages): %2</source>
        <translation>
            <numerusform>%n report written (%1 pages): %2</numerusform>
            <numerusform>%n reports written (%1 pages): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message numerus="yes">
        <source>✗ %n control(s) not covered where the rules ask for them (P-5.4.1.3).</source>
        <translation>
            <numerusform>✗ %n control not covered where the rules ask for them (P-5.4.1.3).</numerusform>
            <numerusform>✗ %n controls not covered where the rules ask for them (P-5.4.1.3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule check: %n error(s)</source>
        <translation>
            <numerusform>Rule check: %n error</numerusform>
            <numerusform>Rule check: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n warning</numerusform>
            <numerusform>, %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit(s) proposed; check them, then save (Ctrl+S). Ctrl+Z takes them back.</source>
        <translation>
            <numerusform>%n audit proposed; check it, then save (Ctrl+S). Ctrl+Z takes it back.</numerusform>
            <numerusform>%n audits proposed; check them, then save (Ctrl+S). Ctrl+Z takes them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeRules</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 leave %n control(s) of the catalogue uncovered: %2</source>
        <translation>
            <numerusform>%1 leave %n control of the catalogue uncovered: %2</numerusform>
            <numerusform>%1 leave %n controls of the catalogue uncovered: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 do not sample the typical service(s) %2</source>
        <translation>
            <numerusform>%1 do not sample the typical service %2</numerusform>
            <numerusform>%1 do not sample the typical services %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ends on %2, %3 after the certification decision; at most %n month(s) (by %4)</source>
        <translation>
            <numerusform>%1 ends on %2, %3 after the certification decision; at most %n month (by %4)</numerusform>
            <numerusform>%1 ends on %2, %3 after the certification decision; at most %n months (by %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ends %2 after %3; at most %n month(s) (by %4)</source>
        <translation>
            <numerusform>%1 ends %2 after %3; at most %n month (by %4)</numerusform>
            <numerusform>%1 ends %2 after %3; at most %n months (by %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ends on %2, only %n day(s) before the certificate expires on %3</source>
        <translation>
            <numerusform>%1 ends on %2, only %n day before the certificate expires on %3</numerusform>
            <numerusform>%1 ends on %2, only %n days before the certificate expires on %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; plan it at least %n day(s) before</source>
        <translation>
            <numerusform>; plan it at least %n day before</numerusform>
            <numerusform>; plan it at least %n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no audit of the cycle visits the site(s) %1</source>
        <translation>
            <numerusform>no audit of the cycle visits the site %1</numerusform>
            <numerusform>no audit of the cycle visits the sites %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message numerus="yes">
        <source>%Ln programme(s)</source>
        <translation>
            <numerusform>%Ln programme</numerusform>
            <numerusform>%Ln programmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message numerus="yes">
        <source>The code %1 is used by %n record(s), so it cannot change. Add a new class and retire this one instead.</source>
        <translation>
            <numerusform>The code %1 is used by %n record, so it cannot change. Add a new class and retire this one instead.</numerusform>
            <numerusform>The code %1 is used by %n records, so it cannot change. Add a new class and retire this one instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The scope class %1 is used by %n record(s), so it cannot be deleted. Retire it instead: it is then no longer offered but kept for the records.</source>
        <translation>
            <numerusform>The scope class %1 is used by %n record, so it cannot be deleted. Retire it instead: it is then no longer offered but kept for the records.</numerusform>
            <numerusform>The scope class %1 is used by %n records, so it cannot be deleted. Retire it instead: it is then no longer offered but kept for the records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceTablePage</name>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entry(s)</source>
        <translation>
            <numerusform>%1 of %Ln entry</numerusform>
            <numerusform>%1 of %Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegulatoryExport</name>
    <message numerus="yes">
        <source>The CertSearch sheet was not written to %1: the register has %n problem(s) IAF CertSearch would refuse, and an upload must not be silently wrong. Correct what is listed and export again.</source>
        <translation>
            <numerusform>The CertSearch sheet was not written to %1: the register has %n problem IAF CertSearch would refuse, and an upload must not be silently wrong. Correct what is listed and export again.</numerusform>
            <numerusform>The CertSearch sheet was not written to %1: the register has %n problems IAF CertSearch would refuse, and an upload must not be silently wrong. Correct what is listed and export again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message numerus="yes">
        <source>
… and %n more.</source>
        <translation>
            <numerusform>
… and %n more.</numerusform>
            <numerusform>
… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message numerus="yes">
        <source>%n check(s) keep the application from being accepted.</source>
        <translation>
            <numerusform>%n check keeps the application from being accepted.</numerusform>
            <numerusform>%n checks keep the application from being accepted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message numerus="yes">
        <source>The application cannot be accepted while %n check(s) fail (%1): %2</source>
        <translation>
            <numerusform>The application cannot be accepted while %n check fails (%1): %2</numerusform>
            <numerusform>The application cannot be accepted while %n checks fail (%1): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln review</numerusform>
            <numerusform>%Ln reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeClassTableModel</name>
    <message numerus="yes">
        <source>Used by %n record(s): it can be retired, not deleted.</source>
        <translation>
            <numerusform>Used by %n record: it can be retired, not deleted.</numerusform>
            <numerusform>Used by %n records: it can be retired, not deleted.</numerusform>
        </translation>
    </message>
</context>
</TS>
