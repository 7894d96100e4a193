<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplicantEligibility</name>
    <message>
        <source>Not stated yet (%1).</source>
        <translation>尚未说明（%1）。</translation>
    </message>
    <message>
        <source>Not stated whether %1 (%2).</source>
        <translation>尚未说明是否%1（%2）。</translation>
    </message>
    <message>
        <source>The date given (%1) is after the application was received (%2).</source>
        <translation>所填日期（%1）晚于收到申请的日期（%2）。</translation>
    </message>
    <message>
        <source>On %1, %2 before the application; at least %3 needed (%4).</source>
        <translation>发生于 %1，距申请 %2；要求至少 %3（%4）。</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1, only %2 before the application, but rectified (%3).</source>
        <translation>发生于 %1，距申请仅 %2，但已整改（%3）。</translation>
    </message>
    <message>
        <source>On %1, only %2 before the application; at least %3 needed (%4).</source>
        <translation>发生于 %1，距申请仅 %2；要求至少 %3（%4）。</translation>
    </message>
    <message>
        <source>met</source>
        <translation>满足</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>不满足</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>months and days</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The date since when the ISMS and CSISMS operate is not given (E3).</source>
        <translation>未填写信息安全管理体系和云服务信息安全管理体系开始运行的日期（E3）。</translation>
    </message>
    <message>
        <source>The ISMS and CSISMS operate only from %1, after the application was received (E3).</source>
        <translation>体系自 %1 起才运行，晚于收到申请的日期（E3）。</translation>
    </message>
    <message>
        <source>Operating for %1; at least %2 needed (E3).</source>
        <translation>运行 %1；需满 %2（E3）。</translation>
    </message>
    <message>
        <source>Operating for only %1; at least %2 needed (E3).</source>
        <translation>运行仅 %1；需满 %2（E3）。</translation>
    </message>
    <message>
        <source>a former body suspended or withdrew a certificate</source>
        <translation>原认证机构曾暂停或撤销其证书</translation>
    </message>
    <message>
        <source>a former body lost its CSISMS qualification</source>
        <translation>原认证机构曾被取消云服务信息安全管理体系认证资质</translation>
    </message>
    <message>
        <source>a regulator ordered business suspended for rectification</source>
        <translation>被监管部门责令停业整顿</translation>
    </message>
    <message>
        <source>the applicant is on the national serious-violation or dishonesty lists</source>
        <translation>申请人被列入国家严重违法失信名单</translation>
    </message>
    <message>
        <source>a major information security incident led to an order to stop</source>
        <translation>曾发生重大信息安全事件并被责令停止整改</translation>
    </message>
    <message>
        <source>a national spot check was failed</source>
        <translation>曾在国家监督抽查中不合格</translation>
    </message>
    <message>
        <source>%1 is not met, so the application must be refused (R-5.2.2): %2</source>
        <translation>%1 不满足，申请必须予以拒绝（R-5.2.2）：%2</translation>
    </message>
    <message>
        <source>%1 is not met, so the application cannot be accepted (R-5.2.3 (1)): %2</source>
        <translation>%1 不满足，申请不能受理（R-5.2.3 (1)）：%2</translation>
    </message>
    <message>
        <source>%1 is not known yet, so the application cannot be accepted (R-5.2.3 (1)): %2</source>
        <translation>%1 尚不明确，申请不能受理（R-5.2.3 (1)）：%2</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <comment>a reason and its rule ID</comment>
        <translation>%1（%2）。</translation>
    </message>
    <message>
        <source>Stated: %1</source>
        <translation>评审人员认定：%1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>stated state; evidence</comment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>No former certificate was suspended or withdrawn for the applicant&apos;s own reasons</source>
        <translation>没有因申请人自身原因被原认证机构暂停或撤销的证书</translation>
    </message>
    <message>
        <source>No former body lost its CSISMS qualification</source>
        <translation>原认证机构未被取消云服务信息安全管理体系认证资质</translation>
    </message>
    <message>
        <source>Ordered by a regulator to suspend business for rectification: the application cannot be accepted</source>
        <translation>被监管部门责令停业整顿：不能受理申请</translation>
    </message>
    <message>
        <source>Not ordered to suspend business for rectification</source>
        <translation>未被责令停业整顿</translation>
    </message>
    <message>
        <source>On the national serious-violation or dishonesty lists: the application cannot be accepted</source>
        <translation>被列入国家严重违法失信名单：不能受理申请</translation>
    </message>
    <message>
        <source>Not on the national serious-violation or dishonesty lists</source>
        <translation>未被列入国家严重违法失信名单</translation>
    </message>
    <message>
        <source>No major information security incident with an order to stop for rectification</source>
        <translation>未发生被责令停止整改的重大信息安全事件</translation>
    </message>
    <message>
        <source>No failed national spot check</source>
        <translation>没有国家监督抽查不合格的记录</translation>
    </message>
</context>
<context>
    <name>ApplicationCheck</name>
    <message>
        <source>The client is new to the body, so this is an initial certification whatever certificates it holds; the application says “%1” (R-5.2.4).</source>
        <translation>该认证委托人是本机构的新客户，无论持有何种证书，均按初次认证办理；申请中填写的是“%1”（R-5.2.4）。</translation>
    </message>
    <message>
        <source>(no client name)</source>
        <translation>（未填写认证委托人名称）</translation>
    </message>
    <message>
        <source>Application of %1, received %2 (%3)
</source>
        <translation>%1 的认证申请，收到日期 %2（%3）
</translation>
    </message>
    <message>
        <source>Eligibility:
</source>
        <translation>申请条件：
</translation>
    </message>
    <message>
        <source>Audit time: %1 effective personnel; table %2, adjusted %3 (stage 1 %4, stage 2 %5; on site %6); surveillance %7, recertification %8
</source>
        <translation>审核时间：有效人数 %1；查表 %2，调整后 %3（第一阶段 %4，第二阶段 %5；现场 %6）；监督审核 %7，再认证 %8
</translation>
    </message>
    <message>
        <source>No findings.
</source>
        <translation>无发现。
</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>The application can be accepted as far as the file shows; competence and agreement are checked in the review.
</source>
        <translation>就文件所示，申请可以受理；专业能力和双方约定在申请评审中核查。
</translation>
    </message>
    <message>
        <source>The application cannot be accepted as it stands.
</source>
        <translation>按目前情况，申请不能受理。
</translation>
    </message>
</context>
<context>
    <name>ApplicationDocuments</name>
    <message>
        <source>Application form (name, address, standard, scope, headcount, outsourced processes)</source>
        <translation>申请书（名称、地址、认证标准、认证范围、人数、外包过程）</translation>
    </message>
    <message>
        <source>Legal status proof, one per legal entity covered</source>
        <translation>法律地位证明文件，所覆盖的每个法律实体各一份</translation>
    </message>
    <message>
        <source>Permits and qualification certificates for the scope</source>
        <translation>认证范围相关的行政许可和资质证书</translation>
    </message>
    <message>
        <source>Organisation chart and responsibilities</source>
        <translation>组织机构图及职责</translation>
    </message>
    <message>
        <source>Service processes, shifts and rotation</source>
        <translation>服务流程、班次及轮班安排</translation>
    </message>
    <message>
        <source>Evidence of at least 3 months of ISMS and CSISMS operation</source>
        <translation>ISMS 和 CSISMS 已运行至少 3 个月的证据</translation>
    </message>
    <message>
        <source>Penalties and failed spot checks (3 years), other failed checks (1 year), with rectification</source>
        <translation>行政处罚及监督抽查不合格情况（近 3 年）、其他检查不合格情况（近 1 年）及整改情况</translation>
    </message>
    <message>
        <source>CSISMS documented information (when applicable)</source>
        <translation>CSISMS 成文信息（适用时）</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>其他文件</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <source>not received</source>
        <translation>未收到</translation>
    </message>
    <message>
        <source>Select an application in the list to see it here, or add one with New application (Ctrl+N).</source>
        <translation>在列表中选择一份申请即可在此查看，或通过“新建申请”（Ctrl+N）添加。</translation>
    </message>
    <message>
        <source>No applications in this list. Choose another status above, or record a client&apos;s application with New application (Ctrl+N).</source>
        <translation>此列表中没有申请。请在上方选择其他状态，或通过“新建申请”（Ctrl+N）登记认证委托人的申请。</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新建申请</translation>
    </message>
    <message>
        <source>new application</source>
        <translation>新申请</translation>
    </message>
    <message>
        <source>Save the application (Ctrl+S)</source>
        <translation>保存申请（Ctrl+S）</translation>
    </message>
    <message>
        <source>The application “%1” has changes that are not saved yet. Save them?</source>
        <translation>申请“%1”有尚未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Add application “%1”</source>
        <translation>添加申请“%1”</translation>
    </message>
    <message>
        <source>Edit application “%1”</source>
        <translation>编辑申请“%1”</translation>
    </message>
    <message>
        <source>The application could not be read: %1</source>
        <translation>无法读取申请：%1</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>认证委托人(&amp;C)：</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>收到日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Standards:</source>
        <translation>认证标准：</translation>
    </message>
    <message>
        <source>Scope te&amp;xt (Chinese):</source>
        <translation>认证范围文本（中文）(&amp;X)：</translation>
    </message>
    <message>
        <source>Scope c&amp;lasses:</source>
        <translation>业务范围类别(&amp;L)：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Personnel in scope (headco&amp;unt):</source>
        <translation>认证范围内人数（总人数）(&amp;U)：</translation>
    </message>
    <message>
        <source>Scope text (En&amp;glish):</source>
        <translation>认证范围文本（英文）(&amp;G)：</translation>
    </message>
    <message>
        <source>S&amp;ites in scope:</source>
        <translation>认证范围内场所(&amp;I)：</translation>
    </message>
    <message>
        <source>Remar&amp;ks:</source>
        <translation>备注(&amp;K)：</translation>
    </message>
    <message>
        <source>New to the bod&amp;y (R-5.2.4: initial certification)</source>
        <translation>首次向本机构申请（R-5.2.4：初次认证）(&amp;Y)</translation>
    </message>
    <message>
        <source>Given when the application is first saved</source>
        <translation>首次保存申请时自动分配</translation>
    </message>
    <message>
        <source>e.g. 120</source>
        <translation>例如 120</translation>
    </message>
    <message>
        <source>Everyone doing work in the scope, on every shift (ISO/IEC 27006-1); groups doing identical work are entered on their own tab.</source>
        <translation>在认证范围内从事工作的全部人员，包括所有班次（ISO/IEC 27006-1）；从事相同工作的人员组在单独的选项卡中录入。</translation>
    </message>
    <message>
        <source>As it will stand on the certificate</source>
        <translation>按证书上的表述填写</translation>
    </message>
    <message>
        <source>Tick every business-scope class the application covers (Appendix A)</source>
        <translation>勾选申请覆盖的所有业务范围类别（附录 A）</translation>
    </message>
    <message>
        <source>Tick the client&apos;s sites the certification covers (the sites are kept with the client)</source>
        <translation>勾选认证覆盖的认证委托人场所（场所信息在认证委托人处维护）</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>提交(&amp;B)</translation>
    </message>
    <message>
        <source>Resu&amp;bmit</source>
        <translation>重新提交(&amp;B)</translation>
    </message>
    <message>
        <source>Withdr&amp;aw</source>
        <translation>撤回(&amp;A)</translation>
    </message>
    <message>
        <source>E&amp;1 Legal person:</source>
        <translation>E1 法人资格(&amp;1)：</translation>
    </message>
    <message>
        <source>E&amp;2 Administrative permits:</source>
        <translation>E2 行政许可(&amp;2)：</translation>
    </message>
    <message>
        <source>E&amp;3 ISMS and CSISMS operating since:</source>
        <translation>E3 ISMS 和 CSISMS 运行起始日期(&amp;3)：</translation>
    </message>
    <message>
        <source>E&amp;4 Former certificate suspended or withdrawn (own reasons):</source>
        <translation>E4 原证书因自身原因被暂停或撤销(&amp;4)：</translation>
    </message>
    <message>
        <source>E&amp;5 Former body lost its CSISMS qualification:</source>
        <translation>E5 原认证机构丧失 CSISMS 认证资质(&amp;5)：</translation>
    </message>
    <message>
        <source>E&amp;6 Ordered to suspend business for rectification:</source>
        <translation>E6 被责令停业整顿(&amp;6)：</translation>
    </message>
    <message>
        <source>E&amp;7 On a serious-violation or dishonesty list:</source>
        <translation>E7 被列入严重违法失信名单(&amp;7)：</translation>
    </message>
    <message>
        <source>E&amp;8 Major security incident with an order to stop:</source>
        <translation>E8 发生重大安全事件并被责令停止运营(&amp;8)：</translation>
    </message>
    <message>
        <source>E&amp;9 Failed national spot check:</source>
        <translation>E9 国家监督抽查不合格(&amp;9)：</translation>
    </message>
    <message>
        <source>E1&amp;0 Other conditions:</source>
        <translation>E10 其他条件(&amp;0)：</translation>
    </message>
    <message>
        <source>Empty: not stated yet (the condition is then unknown).</source>
        <translation>留空：尚未说明（该条件视为未知）。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>添加组</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>删除组</translation>
    </message>
    <message>
        <source>People in scope doing identical, repeatable work (call-centre agents): a group of n counts as ⌈√n⌉</source>
        <translation>认证范围内从事相同、可重复工作的人员（如呼叫中心坐席）：n 人的组按 ⌈√n⌉ 计</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>过程</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>How it is controlled</source>
        <translation>控制方式</translation>
    </message>
    <message>
        <source>Add process</source>
        <translation>添加过程</translation>
    </message>
    <message>
        <source>Remove process</source>
        <translation>删除过程</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Legal entity (D2)</source>
        <translation>法律实体（D2）</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>File</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>删除文件</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Keep a file (scan, PDF …) with the selected document, in the database</source>
        <translation>将文件（扫描件、PDF 等）作为所选文件的附件保存在数据库中</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <source>Open the selected document&apos;s file with the desktop&apos;s viewer</source>
        <translation>用系统默认查看程序打开所选文件的附件</translation>
    </message>
    <message>
        <source>Save file as…</source>
        <translation>附件另存为…</translation>
    </message>
    <message>
        <source>Write the selected document&apos;s file to a folder of your choice</source>
        <translation>将所选文件的附件保存到指定文件夹</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Checks (rules 5.1 and 5.2)</source>
        <translation>检查（规则 5.1 和 5.2）</translation>
    </message>
    <message>
        <source>Eligibility (E1–E10)</source>
        <translation>申请条件（E1–E10）</translation>
    </message>
    <message>
        <source>Identical work (%1)</source>
        <translation>相同工作（%1）</translation>
    </message>
    <message>
        <source>Outsourced (%1)</source>
        <translation>外包过程（%1）</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>文件（%1）</translation>
    </message>
    <message>
        <source>Status history (%1)</source>
        <translation>状态变更历史（%1）</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>The reference data could not be read: %1</source>
        <translation>无法读取基础数据：%1</translation>
    </message>
    <message>
        <source>The client has no sites recorded; add them on the client&apos;s page.</source>
        <translation>该认证委托人尚未登记场所；请在认证委托人页面添加。</translation>
    </message>
    <message>
        <source>The client could not be read: %1</source>
        <translation>无法读取该认证委托人：%1</translation>
    </message>
    <message>
        <source>“%1” is not a number of people; enter a whole number such as 120.</source>
        <translation>“%1”不是人数；请输入整数，例如 120。</translation>
    </message>
    <message>
        <source>“%1” is not a client of the register; choose one from the list that opens as you type.</source>
        <translation>“%1”不是已登记的认证委托人；请从输入时弹出的列表中选择。</translation>
    </message>
    <message>
        <source>Enter the date, or choose “never”.</source>
        <translation>请输入日期，或选择“从未”。</translation>
    </message>
    <message>
        <source>draft (not saved yet)</source>
        <translation>草稿（尚未保存）</translation>
    </message>
    <message>
        <source>Open the revie&amp;w</source>
        <translation>打开申请评审(&amp;W)</translation>
    </message>
    <message>
        <source>Start revie&amp;w</source>
        <translation>开始申请评审(&amp;W)</translation>
    </message>
    <message>
        <source>The review (申请评审) checks the application and decides: accept, refuse or request supplement</source>
        <translation>申请评审对认证申请进行审查并作出评审结论：受理、不予受理或要求补充完善</translation>
    </message>
    <message>
        <source>Start the review of %1</source>
        <translation>开始对 %1 进行申请评审</translation>
    </message>
    <message>
        <source>Enter the received date: the date tests count from it.</source>
        <translation>请输入收到日期：各项日期检查均以此日期起算。</translation>
    </message>
    <message>
        <source>Effective personnel %1 → %2 from the audit-time table (before adjustments in the review)</source>
        <translation>有效人数 %1 → %2（依据审核时间表，未计申请评审中的调整）</translation>
    </message>
    <message>
        <source>Not received yet: %1 (D8 and D9 when applicable).</source>
        <translation>尚未收到：%1（D8 和 D9 适用时）。</translation>
    </message>
    <message>
        <source>D2 legal status proof missing for: %1.</source>
        <translation>以下法律实体缺少 D2 法律地位证明：%1。</translation>
    </message>
    <message numerus="yes">
        <source>D2: a proof for each of the %n legal entities.</source>
        <translation>
            <numerusform>D2：%n 个法律实体各需一份证明。</numerusform>
        </translation>
    </message>
    <message>
        <source>D2:</source>
        <translation>D2：</translation>
    </message>
    <message>
        <source>Withdraw application</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>The application %1 is withdrawn and kept as a record; it cannot be taken up again (a new application starts anew).

Reason:</source>
        <translation>申请 %1 撤回后将作为记录保留，且不能再恢复办理（如需申请须重新提交新的申请）。

撤回原因：</translation>
    </message>
    <message>
        <source>Submit application</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <source>Resubmit application</source>
        <translation>重新提交申请</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>备注（可选）：</translation>
    </message>
    <message>
        <source>Application %1: %2</source>
        <translation>申请 %1：%2</translation>
    </message>
    <message>
        <source>The application is now %1.</source>
        <translation>该申请状态现为%1。</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>无附件</translation>
    </message>
    <message>
        <source>“%1” has %2, more than the %3 MiB a document may hold (rule parameter “%4” in Settings); nothing was stored.</source>
        <translation>“%1”大小为 %2，超过单个文件允许的 %3 MiB（“设置”中的规则参数“%4”）；未存储任何内容。</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is attached (SHA-256 %2…); save the application to keep it with the document.</source>
        <translation>已附加“%1”（SHA-256 %2…）；请保存申请，使附件随文件一并保存。</translation>
    </message>
    <message>
        <source>The file could not be read from the database: %1</source>
        <translation>无法从数据库读取附件：%1</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <source>Attach a file to the document</source>
        <translation>为该文件附加附件</translation>
    </message>
    <message>
        <source>No viewer opened the file; it is at %1.</source>
        <translation>没有查看程序打开该附件；附件位于 %1。</translation>
    </message>
    <message>
        <source>Save the document&apos;s file as</source>
        <translation>附件另存为</translation>
    </message>
</context>
<context>
    <name>ApplicationFile</name>
    <message>
        <source>“%1” is not a state; use met, not_met, not_applicable or unknown.</source>
        <translation>“%1”不是有效状态；请使用 met、not_met、not_applicable 或 unknown。</translation>
    </message>
    <message>
        <source>“%1” is not this program&apos;s application format; it reads “csisms-application/1”.</source>
        <translation>“%1”不是本程序的申请文件格式；本程序读取“csisms-application/1”。</translation>
    </message>
    <message>
        <source>“%1” is not a type of application; use initial, recertification, scope_extension or transfer.</source>
        <translation>“%1”不是申请类型；请使用 initial、recertification、scope_extension 或 transfer。</translation>
    </message>
    <message>
        <source>must be the code of a scope class in quotes (CS-01).</source>
        <translation>应为带引号的业务范围类别代码（如 CS-01）。</translation>
    </message>
    <message>
        <source>must be an object { &quot;activity&quot;: …, &quot;count&quot;: … }.</source>
        <translation>应为对象 { &quot;activity&quot;: …, &quot;count&quot;: … }。</translation>
    </message>
    <message>
        <source>must be an object { &quot;percent&quot;: …, &quot;reason&quot;: … }.</source>
        <translation>应为对象 { &quot;percent&quot;: …, &quot;reason&quot;: … }。</translation>
    </message>
</context>
<context>
    <name>ApplicationListModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>认证委托人</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date the application was received</source>
        <translation>收到申请的日期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date of the last change of status</source>
        <translation>最近一次状态变更的日期</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Scope classes</source>
        <translation>业务范围类别</translation>
    </message>
    <message>
        <source>Personnel in scope</source>
        <translation>认证范围内人数</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>The application list could not be read: %1</source>
        <translation>无法读取申请列表：%1</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>（无法读取）</translation>
    </message>
</context>
<context>
    <name>ApplicationRepository</name>
    <message>
        <source>The client no longer exists; choose the client again.</source>
        <translation>该认证委托人已不存在；请重新选择认证委托人。</translation>
    </message>
    <message>
        <source>There is no scope class %1; choose one from the list.</source>
        <translation>没有业务范围类别 %1；请从列表中选择。</translation>
    </message>
    <message>
        <source>A site in scope is not one of the client&apos;s sites; choose the sites again.</source>
        <translation>某个认证范围内场所不属于该认证委托人；请重新选择场所。</translation>
    </message>
    <message>
        <source>This legal entity is not one of the client&apos;s; choose it again.</source>
        <translation>该法律实体不属于该认证委托人；请重新选择。</translation>
    </message>
    <message>
        <source>The attached file is not in the database; attach it again.</source>
        <translation>附件不在数据库中；请重新附加。</translation>
    </message>
    <message>
        <source>The number %1 is already given to another application.</source>
        <translation>编号 %1 已分配给另一份申请。</translation>
    </message>
    <message>
        <source>The application was not saved: %1</source>
        <translation>申请未保存：%1</translation>
    </message>
    <message>
        <source>The application could not be saved, and nothing was changed: %1</source>
        <translation>无法保存申请，未做任何更改：%1</translation>
    </message>
    <message>
        <source>The application no longer exists; the list was out of date.</source>
        <translation>该申请已不存在；列表信息已过期。</translation>
    </message>
    <message>
        <source>The application cannot be submitted yet: %1</source>
        <translation>该申请尚不能提交：%1</translation>
    </message>
    <message>
        <source>The note %1</source>
        <translation>备注%1</translation>
    </message>
    <message>
        <source>A status cannot change before the application was received (%1).</source>
        <translation>状态变更不能早于收到申请的日期（%1）。</translation>
    </message>
    <message>
        <source>The status could not be changed, and nothing was changed: %1</source>
        <translation>无法更改状态，未做任何更改：%1</translation>
    </message>
    <message>
        <source>Only a draft application can be deleted; this one is %1 and is kept as a record.</source>
        <translation>只能删除草稿状态的申请；该申请状态为%1，将作为记录保留。</translation>
    </message>
    <message>
        <source>Other records refer to this application (%1).</source>
        <translation>其他记录引用了该申请（%1）。</translation>
    </message>
    <message>
        <source>The application could not be deleted, and nothing was changed: %1</source>
        <translation>无法删除申请，未做任何更改：%1</translation>
    </message>
    <message>
        <source>The file has %1 MiB, more than the %2 MiB a document may hold (rule parameter “%3” in Settings); nothing was stored. Attach a smaller file, or ask an administrator to raise the limit.</source>
        <translation>附件大小为 %1 MiB，超过单个文件允许的 %2 MiB（“设置”中的规则参数“%3”）；未存储任何内容。请附加较小的文件，或请管理员提高上限。</translation>
    </message>
    <message>
        <source>The file could not be stored, and nothing was changed: %1</source>
        <translation>无法存储附件，未做任何更改：%1</translation>
    </message>
</context>
<context>
    <name>ApplicationRules</name>
    <message>
        <source>{seq:N} pads to 1 to 9 digits.</source>
        <translation>{seq:N} 补齐为 1 到 9 位数字。</translation>
    </message>
    <message>
        <source>{%1} is not a field of the number; use {yyyy}, {yy}, {mm} and {seq} or {seq:N}.</source>
        <translation>{%1} 不是编号中的字段；请使用 {yyyy}、{yy}、{mm} 以及 {seq} 或 {seq:N}。</translation>
    </message>
    <message>
        <source>Only {seq} takes a width: {%1:%2}.</source>
        <translation>只有 {seq} 可以指定位数：{%1:%2}。</translation>
    </message>
    <message>
        <source>The pattern needs the running number {seq} exactly once, e.g. CSISMS-A-{yyyy}-{seq:4}.</source>
        <translation>编号格式中必须恰好包含一次流水号 {seq}，例如 CSISMS-A-{yyyy}-{seq:4}。</translation>
    </message>
    <message>
        <source>A brace does not belong to a field; fields are written {yyyy}, {seq:4} ….</source>
        <translation>有不属于字段的花括号；字段的写法为 {yyyy}、{seq:4} ……</translation>
    </message>
    <message>
        <source>A number holds no spaces or control characters.</source>
        <translation>编号中不能含有空格或控制字符。</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>评审中</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>supplement requested</source>
        <translation>待补充完善</translation>
    </message>
    <message>
        <source>resubmitted</source>
        <translation>已重新提交</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>An application that is %1 stays so; start a new application instead.</source>
        <translation>状态为“%1”的申请不能再更改；请另行新建申请。</translation>
    </message>
    <message>
        <source>An application that is %1 cannot become %2; it can become: %3.</source>
        <translation>状态为“%1”的申请不能改为“%2”；可以改为：%3。</translation>
    </message>
    <message>
        <source>Choose the client who applies.</source>
        <translation>请选择提出申请的认证委托人。</translation>
    </message>
    <message>
        <source>Choose the type of certification applied for.</source>
        <translation>请选择申请的认证类型。</translation>
    </message>
    <message>
        <source>A client new to the body applies for an initial certification, whatever certificates it holds (R-5.2.4); choose initial certification or untick “new to the body”.</source>
        <translation>首次向本机构申请的认证委托人，无论已持有何种证书，均应申请初次认证（R-5.2.4）；请选择初次认证，或取消勾选“首次向本机构申请”。</translation>
    </message>
    <message>
        <source>Enter the date the application was received.</source>
        <translation>请输入收到申请的日期。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A CSISMS application names ISO/IEC 27017:2015 among its standards.</source>
        <translation>CSISMS 认证申请的认证标准须包含 ISO/IEC 27017:2015。</translation>
    </message>
    <message>
        <source>The personnel in scope cannot be negative.</source>
        <translation>认证范围内人数不能为负数。</translation>
    </message>
    <message>
        <source>This date is after the application was received; check it.</source>
        <translation>该日期晚于收到申请的日期，请核对。</translation>
    </message>
    <message>
        <source>The system cannot start operating after the application was received; check the date.</source>
        <translation>体系开始运行日期不能晚于收到申请的日期，请核对。</translation>
    </message>
    <message>
        <source>Say what the group does.</source>
        <translation>请说明该组从事的工作。</translation>
    </message>
    <message>
        <source>A group has at least one person.</source>
        <translation>每组至少有一人。</translation>
    </message>
    <message>
        <source>The groups hold %1 persons, more than the %2 in scope; correct the total or the groups.</source>
        <translation>各组合计 %1 人，超过认证范围内人数 %2；请更正总人数或各组人数。</translation>
    </message>
    <message>
        <source>Name the outsourced process.</source>
        <translation>请填写外包过程名称。</translation>
    </message>
    <message>
        <source>The scope class %1 is chosen twice.</source>
        <translation>业务范围类别 %1 被重复选择。</translation>
    </message>
    <message>
        <source>Choose which document (D1–D9) this is.</source>
        <translation>请选择该文件属于哪一类（D1–D9）。</translation>
    </message>
    <message>
        <source>Choose the legal entity this proof is for.</source>
        <translation>请选择该证明所对应的法律实体。</translation>
    </message>
    <message>
        <source>Only a legal status proof (D2) names a legal entity.</source>
        <translation>只有法律地位证明（D2）需指明法律实体。</translation>
    </message>
    <message>
        <source>A document cannot be received in the future.</source>
        <translation>文件收到日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Describe the scope in Chinese before the application is submitted.</source>
        <translation>提交申请前，请用中文描述认证范围。</translation>
    </message>
    <message>
        <source>Choose at least one scope class before the application is submitted.</source>
        <translation>提交申请前，请至少选择一个业务范围类别。</translation>
    </message>
    <message>
        <source>Enter the personnel in scope before the application is submitted.</source>
        <translation>提交申请前，请填写认证范围内人数。</translation>
    </message>
</context>
<context>
    <name>ApplicationTypes</name>
    <message>
        <source>initial certification</source>
        <translation>初次认证</translation>
    </message>
    <message>
        <source>recertification</source>
        <translation>再认证</translation>
    </message>
    <message>
        <source>scope extension</source>
        <translation>扩大认证范围</translation>
    </message>
    <message>
        <source>transfer from another body</source>
        <translation>认证转换（自其他认证机构转入）</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Applications</source>
        <translation>认证申请</translation>
    </message>
    <message>
        <source>Applications for certification: the reviewers&apos; work queue, eligibility and documents</source>
        <translation>认证申请：评审员的待办队列、申请条件与申请文件</translation>
    </message>
    <message>
        <source>Filter by number or client (Ctrl+F)</source>
        <translation>按编号或认证委托人筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Every word typed must appear in the application&apos;s number or the client&apos;s name.</source>
        <translation>输入的每个词都须出现在申请编号或认证委托人名称中。</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>新建申请(&amp;N)</translation>
    </message>
    <message>
        <source>Record a client&apos;s application (Ctrl+N)</source>
        <translation>登记认证委托人的申请（Ctrl+N）</translation>
    </message>
    <message>
        <source>Delete the selected application (only a draft)</source>
        <translation>删除所选申请（仅限草稿）</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>删除申请</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: %2

Withdraw it instead: it is then kept as a record, withdrawn.</source>
        <translation>无法删除“%1”：%2

可改为撤回：撤回后该申请以“已撤回”状态作为记录保留。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Withdraw application “%1”</source>
        <translation>撤回申请“%1”</translation>
    </message>
    <message>
        <source>“%1” is withdrawn; choose “All” or “withdrawn” above to see it.</source>
        <translation>“%1”已撤回；在上方选择“全部”或“已撤回”即可查看。</translation>
    </message>
    <message>
        <source>Delete the draft application “%1” with its documents?

You can bring it back with Edit → Undo.</source>
        <translation>删除草稿申请“%1”及其文件？

可通过“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>Delete application “%1”</source>
        <translation>删除认证申请“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%Ln application(s)</source>
        <translation>
            <numerusform>%Ln 个认证申请</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn instead of deleted</source>
        <translation>已改为撤回，而非删除</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>队列(&amp;Q)：</translation>
    </message>
    <message>
        <source>Work queue (submitted, under review, resubmitted)</source>
        <translation>待办队列（已提交、评审中、已重新提交）</translation>
    </message>
    <message>
        <source>All open applications</source>
        <translation>全部未结申请</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>全部申请</translation>
    </message>
    <message>
        <source>Which applications the list shows</source>
        <translation>列表中显示哪些申请</translation>
    </message>
    <message>
        <source>Received fro&amp;m</source>
        <translation>收到日期自(&amp;M)</translation>
    </message>
    <message>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Only applications received on or after this day (empty: no limit)</source>
        <translation>仅显示在此日期当天或之后收到的申请（留空：不限）</translation>
    </message>
    <message>
        <source>Only applications received on or before this day (empty: no limit)</source>
        <translation>仅显示在此日期当天或之前收到的申请（留空：不限）</translation>
    </message>
</context>
<context>
    <name>ArchiveExport</name>
    <message>
        <source>No bundle was written: %1</source>
        <translation>未写入任何档案包：%1</translation>
    </message>
    <message>
        <source>there is no client with the id %1</source>
        <translation>没有 id 为 %1 的认证委托人</translation>
    </message>
    <message>
        <source>the audit programme report AP-%1 could not be drawn</source>
        <translation>审核方案报告 AP-%1 无法绘制</translation>
    </message>
</context>
<context>
    <name>ArchiveExportRun</name>
    <message>
        <source>Writing the archive bundle…</source>
        <translation>正在写入档案包…</translation>
    </message>
</context>
<context>
    <name>ArchiveImport</name>
    <message>
        <source>its manifest.json is not a JSON object (%1)</source>
        <translation>其 manifest.json 不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>it is not a CSISMS Desk archive bundle: its format is “%1”, not %2</source>
        <translation>它不是 CSISMS Desk 档案包：其格式为“%1”，而不是 %2</translation>
    </message>
    <message>
        <source>it was made by a newer version of CSISMS Desk (schema version %1; this one has %2): restore it with that version</source>
        <translation>它由较新版本的 CSISMS Desk 生成（结构版本 %1；本版本为 %2）：请用该版本恢复</translation>
    </message>
    <message>
        <source>its manifest names a file badly: %1</source>
        <translation>其清单中的文件名不合规：%1</translation>
    </message>
    <message>
        <source>its manifest&apos;s entry for “%1” is not valid</source>
        <translation>其清单中“%1”的条目无效</translation>
    </message>
    <message>
        <source>its manifest lists no files</source>
        <translation>其清单未列出任何文件</translation>
    </message>
    <message>
        <source>The bundle could not be read.</source>
        <translation>无法读取档案包。</translation>
    </message>
    <message>
        <source>The bundle is refused: it has no manifest.json.</source>
        <translation>档案包被拒绝：其中没有 manifest.json。</translation>
    </message>
    <message>
        <source>The bundle is refused: %1.</source>
        <translation>档案包被拒绝：%1。</translation>
    </message>
    <message>
        <source>The bundle is refused: “%1”, listed in its manifest, is missing.</source>
        <translation>档案包被拒绝：清单中列出的“%1”缺失。</translation>
    </message>
    <message>
        <source>The bundle is refused: “%1” has %2 bytes, its manifest says %3.</source>
        <translation>档案包被拒绝：“%1”有 %2 字节，而清单记载为 %3 字节。</translation>
    </message>
    <message>
        <source>The bundle is refused: “%1” is not what its manifest says (its SHA-256 differs): it was changed or damaged.</source>
        <translation>档案包被拒绝：“%1”与清单记载不符（SHA-256 不同）：已被改动或损坏。</translation>
    </message>
    <message>
        <source>The bundle is refused: it holds “%1”, which its manifest does not list.</source>
        <translation>档案包被拒绝：其中含有清单未列出的“%1”。</translation>
    </message>
    <message>
        <source>The database already holds records; a bundle is restored only into an empty one (a new file).</source>
        <translation>数据库中已有记录；档案包只能恢复到空数据库（新文件）。</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was written.</source>
        <translation>恢复已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>The bundle changed while it was being restored (“%1”); nothing was written.</source>
        <translation>恢复过程中档案包发生了变化（“%1”）；未写入任何内容。</translation>
    </message>
    <message>
        <source>The bundle is refused: “%1” is not a table of this database.</source>
        <translation>档案包被拒绝：“%1”不是本数据库的表。</translation>
    </message>
    <message>
        <source>The bundle is refused: “%1” does not hold the table %2 as this schema has it.</source>
        <translation>档案包被拒绝：“%1”中的表 %2 与本数据库结构不符。</translation>
    </message>
    <message>
        <source>The bundle is refused: row %1 of %2 does not have %3 values.</source>
        <translation>档案包被拒绝：%2 的第 %1 行不是 %3 个值。</translation>
    </message>
    <message>
        <source>The bundle is refused: row %1 of %2 holds a value this format does not have.</source>
        <translation>档案包被拒绝：%2 的第 %1 行含有本格式不支持的值。</translation>
    </message>
    <message>
        <source>Row %1 of %2 could not be restored: %3</source>
        <translation>无法恢复 %2 的第 %1 行：%3</translation>
    </message>
    <message>
        <source>The bundle is refused: it holds no data for the table %1.</source>
        <translation>档案包被拒绝：其中没有表 %1 的数据。</translation>
    </message>
    <message>
        <source>The bundle is refused: its records refer to records it does not hold.</source>
        <translation>档案包被拒绝：其记录引用了档案包中不存在的记录。</translation>
    </message>
    <message>
        <source>The bundle is refused: its change log does not verify or does not end where its manifest says.</source>
        <translation>档案包被拒绝：其变更日志校验失败，或其末端与清单记载不符。</translation>
    </message>
    <message>
        <source>The database could not be written, and nothing was restored: %1</source>
        <translation>无法写入数据库，未恢复任何内容：%1</translation>
    </message>
    <message>
        <source>This bundle holds one client&apos;s dossier, not a whole database: import it into a database (File → Import client dossier…, or csisms import with --db).</source>
        <translation>此档案包只含一个认证委托人的档案，而不是整个数据库：请将其导入一个数据库（文件 → 导入认证委托人档案…，或使用 --db 运行 csisms import）。</translation>
    </message>
    <message>
        <source>its schema version (%1) is not one CSISMS Desk has ever had</source>
        <translation>其结构版本（%1）不是 CSISMS Desk 曾有过的版本</translation>
    </message>
    <message>
        <source>A staging file for the restore could not be made: %1</source>
        <translation>无法创建恢复用的暂存文件：%1</translation>
    </message>
    <message>
        <source>A staging database for the restore could not be made: %1</source>
        <translation>无法创建恢复用的暂存数据库：%1</translation>
    </message>
    <message>
        <source>The bundle&apos;s records could not be upgraded from schema version %1: %2</source>
        <translation>档案包的记录无法从结构版本 %1 升级：%2</translation>
    </message>
</context>
<context>
    <name>ArchiveProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ArchiveRestoreRun</name>
    <message>
        <source>Restoring the archive bundle…</source>
        <translation>正在恢复档案包…</translation>
    </message>
</context>
<context>
    <name>AuditForm</name>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Select an audit in the table or on the timeline, or add one.</source>
        <translation>请在表格或时间轴上选择一项审核，或添加一项审核。</translation>
    </message>
    <message>
        <source>Enter the audit&apos;s dates to see who may work on it.</source>
        <translation>请输入审核日期，以查看哪些人员可以参与该审核。</translation>
    </message>
    <message>
        <source>✓ may work on this audit</source>
        <translation>✓ 可以参与本审核</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Scope classes the team covers together: %1</source>
        <translation>审核组合计覆盖的业务范围类别：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>审核方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Pla&amp;nned:</source>
        <translation>计划(&amp;N)：</translation>
    </message>
    <message>
        <source>Actua&amp;l:</source>
        <translation>实际(&amp;L)：</translation>
    </message>
    <message>
        <source>Da&amp;ys:</source>
        <translation>天数(&amp;Y)：</translation>
    </message>
    <message>
        <source>Shifts &amp;covered:</source>
        <translation>覆盖的班次(&amp;C)：</translation>
    </message>
    <message>
        <source>Services sampled:</source>
        <translation>抽样的服务：</translation>
    </message>
    <message>
        <source>Sites visited:</source>
        <translation>访问的场所：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>审核组(&amp;T)：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Covers the &amp;whole catalogue</source>
        <translation>覆盖全部控制措施(&amp;W)</translation>
    </message>
    <message>
        <source>Shift covered</source>
        <translation>覆盖的班次</translation>
    </message>
    <message>
        <source>Reason when not covered</source>
        <translation>未覆盖时的原因</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>May work on it? (A-4.2, A-4.3)</source>
        <translation>可否参与？（A-4.2，A-4.3）</translation>
    </message>
    <message>
        <source>Add to team</source>
        <translation>加入审核组</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>从审核组中移除</translation>
    </message>
    <message>
        <source>★ typical services (典型产品和服务): the initial and the recertification audit sample each one</source>
        <translation>★ 典型服务（典型产品和服务）：初次认证审核和再认证审核均须对每一项典型服务进行抽样</translation>
    </message>
    <message>
        <source>⚠ %1 (overdue)</source>
        <translation>⚠ %1（逾期）</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>Remove finding</source>
        <translation>删除审核发现</translation>
    </message>
    <message>
        <source>Remove the %1 against %2? Until the programme is saved, Ctrl+Z brings it back.</source>
        <translation>删除针对 %2 的%1？在保存审核方案之前，可按 Ctrl+Z 撤销删除。</translation>
    </message>
    <message>
        <source>Findings (nonconformities and observations):</source>
        <translation>审核发现（不符合和观察项）：</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <source>Correction due</source>
        <translation>纠正期限</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Add findin&amp;g…</source>
        <translation>添加审核发现(&amp;G)…</translation>
    </message>
    <message>
        <source>Edit finding…</source>
        <translation>编辑审核发现…</translation>
    </message>
</context>
<context>
    <name>AuditTime</name>
    <message>
        <source>Enter the number of people in scope: a whole number of at least 1.</source>
        <translation>请填写认证范围内的人数：至少为 1 的整数。</translation>
    </message>
    <message>
        <source>A group of identical activities needs at least 1 person.</source>
        <translation>从事相同活动的人员组至少应有 1 人。</translation>
    </message>
    <message>
        <source>Say which activity the group&apos;s people share.</source>
        <translation>请说明该组人员共同从事的活动。</translation>
    </message>
    <message>
        <source>The groups hold %1 people, more than the %2 in scope.</source>
        <translation>各组合计 %1 人，超过认证范围内的 %2 人。</translation>
    </message>
    <message>
        <source>An adjustment is a percentage above −100 and at most 100.</source>
        <translation>调整是大于 −100、不超过 100 的百分比。</translation>
    </message>
    <message>
        <source>Give the reason for the adjustment.</source>
        <translation>请填写调整的理由。</translation>
    </message>
    <message>
        <source>The on-site share is a percentage from 0 to 100.</source>
        <translation>现场审核比例是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>Stage 1 days are a number of at least 0, or empty for the usual share.</source>
        <translation>第一阶段人日数应不小于 0；留空则按通常比例计算。</translation>
    </message>
    <message>
        <source>The days set by hand are a number above 0.</source>
        <translation>人工设定的人日数应大于 0。</translation>
    </message>
    <message>
        <source>%1 effective personnel lie beyond the audit-time table&apos;s last row (%2 to %3 persons, %4); its days stand until you set a figure by hand, with a reason (AT-table).</source>
        <translation>有效人数 %1 超出审核时间表的最后一行（%2 至 %3 人，%4）；在您人工设定人日数并说明理由之前，按该行的人日数计（AT-table）。</translation>
    </message>
    <message>
        <source>The audit-time table has no row for %1 effective personnel; set the days by hand, with a reason (AT-table).</source>
        <translation>审核时间表中没有有效人数 %1 对应的行；请人工设定人日数并说明理由（AT-table）。</translation>
    </message>
    <message>
        <source>The adjustments reduce the table&apos;s audit time by %1 in all; at most %2 is allowed (AT-reduction).</source>
        <translation>各项调整合计将审核时间表的人日数减少 %1；最多允许减少 %2（AT-reduction）。</translation>
    </message>
    <message>
        <source>Only %1 of the audit time is on site; at least %2 must be (AT-onsite).</source>
        <translation>现场审核仅占审核时间的 %1；至少应占 %2（AT-onsite）。</translation>
    </message>
    <message>
        <source>1 day</source>
        <comment>auditor days</comment>
        <translation>1 人日</translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>auditor days; %1 may hold a half: 8.5</comment>
        <translation>%1 人日</translation>
    </message>
</context>
<context>
    <name>AuditTimeTableModel</name>
    <message>
        <source>Smallest effective number of personnel of the row</source>
        <translation>该行有效人数的下限</translation>
    </message>
    <message>
        <source>Personnel from</source>
        <translation>人数自</translation>
    </message>
    <message>
        <source>Largest effective number of personnel of the row</source>
        <translation>该行有效人数的上限</translation>
    </message>
    <message>
        <source>Personnel to</source>
        <translation>人数至</translation>
    </message>
    <message>
        <source>Initial audit time (stage 1 + stage 2) in auditor days</source>
        <translation>初次认证审核时间（第一阶段 + 第二阶段），以审核人日计</translation>
    </message>
    <message>
        <source>Auditor days</source>
        <translation>审核人日</translation>
    </message>
</context>
<context>
    <name>AuditorEditor</name>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>The scope classes could not be read: %1</source>
        <translation>无法读取业务范围类别：%1</translation>
    </message>
    <message>
        <source>The auditor could not be read: %1</source>
        <translation>无法读取该审核员：%1</translation>
    </message>
    <message>
        <source>new auditor</source>
        <translation>新审核员</translation>
    </message>
    <message>
        <source>Choose the relation (consultancy, employment, financial interest …).</source>
        <translation>请选择关系（咨询、雇佣、经济利益……）。</translation>
    </message>
    <message numerus="yes">
        <source>The registration ends on %1, in %n day(s): time to renew it.</source>
        <translation>
            <numerusform>注册将于 %1 到期（还有 %n 天），请及时办理续期。</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the registration, qualification, impartiality statement and last year&apos;s education are in order.</source>
        <translation>无发现：注册、资格确认、公正性声明和上一年度继续教育均符合要求。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 (so far): %2 hours</source>
        <translation>%1 年（截至目前）：%2 学时</translation>
    </message>
    <message>
        <source>%1: %2 hours</source>
        <translation>%1 年：%2 学时</translation>
    </message>
    <message>
        <source>⚠ %1 — below the minimum of %2 hours (A-4.4)</source>
        <translation>⚠ %1 — 低于最低要求 %2 学时（A-4.4）</translation>
    </message>
    <message>
        <source>Yearly totals (the body&apos;s minimum: %1 hours a year)</source>
        <translation>年度合计（本机构最低要求：每年 %1 学时）</translation>
    </message>
    <message>
        <source>Yearly totals (no minimum for a technical expert)</source>
        <translation>年度合计（技术专家无最低要求）</translation>
    </message>
    <message>
        <source>New auditor</source>
        <translation>新审核员</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（不在职）</translation>
    </message>
    <message>
        <source>The auditor “%1” has changes that are not saved yet. Save them?</source>
        <translation>审核员“%1”有尚未保存的修改。是否保存？</translation>
    </message>
    <message>
        <source>Select an auditor in the list to see it here, or add one with New auditor (Ctrl+N).</source>
        <translation>在列表中选择一名审核员即可在此查看，或用“新建审核员”（Ctrl+N）添加。</translation>
    </message>
    <message>
        <source>&amp;Name (Chinese):</source>
        <translation>中文姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>注册级别(&amp;L)：</translation>
    </message>
    <message>
        <source>Registered &amp;until:</source>
        <translation>注册有效期至(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Qualification confirmed on:</source>
        <translation>资格确认日期(&amp;Q)：</translation>
    </message>
    <message>
        <source>Confirmed &amp;by:</source>
        <translation>资格确认人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Active (works for the body)</source>
        <translation>在职(&amp;A)（为本机构工作）</translation>
    </message>
    <message>
        <source>Required, e.g. 王晓明</source>
        <translation>必填，例如 王晓明</translation>
    </message>
    <message>
        <source>e.g. Wang Xiaoming</source>
        <translation>例如 Wang Xiaoming</translation>
    </message>
    <message>
        <source>CCAA registration number</source>
        <translation>CCAA 注册号</translation>
    </message>
    <message>
        <source>Who confirmed it for the body</source>
        <translation>代表本机构确认资格的人员</translation>
    </message>
    <message>
        <source>The body&apos;s confirmation of the auditor&apos;s qualification (资格确认); empty: not confirmed.</source>
        <translation>本机构对审核员资格的确认（资格确认）；为空表示尚未确认。</translation>
    </message>
    <message>
        <source>Date the auditor signed the impartiality statement (公正性声明); empty: not signed.</source>
        <translation>审核员签署公正性声明的日期；为空表示尚未签署。</translation>
    </message>
    <message>
        <source>Scope class</source>
        <translation>业务范围类别</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Add competence</source>
        <translation>添加能力确认</translation>
    </message>
    <message>
        <source>Remove competence</source>
        <translation>删除能力确认</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Add training</source>
        <translation>添加培训</translation>
    </message>
    <message>
        <source>Remove training</source>
        <translation>删除培训</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>认证委托人</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Declare a conflict</source>
        <translation>申报利益冲突</translation>
    </message>
    <message>
        <source>Remove declaration</source>
        <translation>删除申报</translation>
    </message>
    <message>
        <source>Type part of the client&apos;s name or credit code, then choose it from the list</source>
        <translation>输入认证委托人名称或统一社会信用代码的一部分，然后从列表中选择</translation>
    </message>
    <message>
        <source>Empty while the relation lasts</source>
        <translation>关系仍存续时留空</translation>
    </message>
    <message>
        <source>Findings (people rules)</source>
        <translation>发现（人员规则）</translation>
    </message>
    <message>
        <source>Save the auditor (Ctrl+S)</source>
        <translation>保存审核员（Ctrl+S）</translation>
    </message>
    <message>
        <source>Competences (%1)</source>
        <translation>能力确认（%1）</translation>
    </message>
    <message>
        <source>Continuing education (%1)</source>
        <translation>继续教育（%1）</translation>
    </message>
    <message>
        <source>Conflicts of interest (%1)</source>
        <translation>利益冲突（%1）</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>仍存续</translation>
    </message>
    <message>
        <source>Add auditor “%1”</source>
        <translation>新增审核员“%1”</translation>
    </message>
    <message>
        <source>Edit auditor “%1”</source>
        <translation>修改审核员“%1”</translation>
    </message>
    <message>
        <source>Name (En&amp;glish):</source>
        <translation>英文姓名(&amp;G)：</translation>
    </message>
    <message>
        <source>Registrat&amp;ion no.:</source>
        <translation>注册号(&amp;I)：</translation>
    </message>
    <message>
        <source>Registered fr&amp;om:</source>
        <translation>注册有效期自(&amp;O)：</translation>
    </message>
    <message>
        <source>I&amp;mpartiality statement signed:</source>
        <translation>公正性声明签署日期(&amp;M)：</translation>
    </message>
    <message>
        <source>Remar&amp;ks:</source>
        <translation>备注(&amp;K)：</translation>
    </message>
    <message>
        <source>No auditors yet. Add the body&apos;s auditors one by one with New auditor (Ctrl+N); to try the program first, fill a new database with demo data: csisms --db demo.sqlite demo.</source>
        <translation>还没有审核员。可用“新建审核员”（Ctrl+N）逐一添加本机构的审核员；想先试用本程序，可在新数据库中生成演示数据：csisms --db demo.sqlite demo。</translation>
    </message>
</context>
<context>
    <name>AuditorListModel</name>
    <message>
        <source>No registration recorded</source>
        <translation>未记录注册</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <comment>registration end date</comment>
        <translation>%1（已过期）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (expires in %n day(s))</source>
        <comment>registration end date</comment>
        <translation>
            <numerusform>%1（%n 天后到期）</numerusform>
        </translation>
    </message>
    <message>
        <source>[inactive] %1</source>
        <comment>marker before the name of an auditor who left</comment>
        <translation>[不在职] %1</translation>
    </message>
    <message>
        <source>%1 hours this year: below the body&apos;s minimum of %2 hours (A-4.4)</source>
        <translation>本年度 %1 学时：低于本机构最低要求 %2 学时（A-4.4）</translation>
    </message>
    <message>
        <source>%1 (below %2)</source>
        <comment>education hours, minimum</comment>
        <translation>%1（低于 %2）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>注册号</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>注册级别</translation>
    </message>
    <message>
        <source>Last day of the registration</source>
        <translation>注册有效期的最后一天</translation>
    </message>
    <message>
        <source>Registered until</source>
        <translation>注册有效期至</translation>
    </message>
    <message>
        <source>Scope classes with a competence on record</source>
        <translation>已记录能力确认的业务范围类别</translation>
    </message>
    <message>
        <source>Scope classes</source>
        <translation>业务范围类别</translation>
    </message>
    <message>
        <source>Continuing-education hours in %1 (minimum %2)</source>
        <translation>%1 年继续教育学时（最低 %2）</translation>
    </message>
    <message>
        <source>Education %1 (h)</source>
        <translation>%1 年学时</translation>
    </message>
    <message>
        <source>The auditor list could not be read: %1</source>
        <translation>无法读取审核员列表：%1</translation>
    </message>
</context>
<context>
    <name>AuditorRepository</name>
    <message>
        <source>The registration number %1 is already recorded for %2; each registration belongs to one person.</source>
        <translation>注册号 %1 已登记在 %2 名下；每个注册只属于一个人。</translation>
    </message>
    <message>
        <source>There is no scope class %1; choose one from the list.</source>
        <translation>没有业务范围类别 %1；请从列表中选择。</translation>
    </message>
    <message>
        <source>The client of this declaration no longer exists; choose the client again.</source>
        <translation>此声明所涉及的认证委托人已不存在；请重新选择认证委托人。</translation>
    </message>
    <message>
        <source>The auditor was not saved: %1</source>
        <translation>审核员未保存：%1</translation>
    </message>
    <message>
        <source>The auditor could not be saved, and nothing was changed: %1</source>
        <translation>审核员无法保存，未做任何更改：%1</translation>
    </message>
    <message>
        <source>The auditor no longer exists; the list was out of date.</source>
        <translation>该审核员已不存在；列表已过时。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1</source>
        <translation>
            <numerusform>%1 中的 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Other records refer to this auditor (%1), so it cannot be deleted. Mark the auditor inactive instead: the records are kept.</source>
        <translation>其他记录引用了该审核员（%1），因此不能删除。请改为将其标记为停用：记录会被保留。</translation>
    </message>
    <message>
        <source>The auditor could not be deleted, and nothing was changed: %1</source>
        <translation>审核员无法删除，未做任何更改：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n user profile(s)</source>
        <translation>
            <numerusform>%n 个用户档案</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditorRules</name>
    <message>
        <source>Intern auditor</source>
        <translation>实习审核员</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Senior auditor</source>
        <translation>高级审核员</translation>
    </message>
    <message>
        <source>Technical expert</source>
        <translation>技术专家</translation>
    </message>
    <message>
        <source>consultancy</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>任职</translation>
    </message>
    <message>
        <source>financial interest</source>
        <translation>经济利益</translation>
    </message>
    <message>
        <source>family relation</source>
        <translation>亲属关系</translation>
    </message>
    <message>
        <source>other relation</source>
        <translation>其他关系</translation>
    </message>
    <message>
        <source>Enter the auditor&apos;s Chinese name; it is required.</source>
        <translation>请输入审核员的中文姓名；此项为必填。</translation>
    </message>
    <message>
        <source>A registration number has at most 64 characters.</source>
        <translation>注册号最多 64 个字符。</translation>
    </message>
    <message>
        <source>Enter both the first and the last day of the registration&apos;s validity, or neither.</source>
        <translation>请同时填写注册有效期的起止日期，或都不填。</translation>
    </message>
    <message>
        <source>The registration cannot end before it starts; check the two dates.</source>
        <translation>注册的截止日期不能早于起始日期；请检查这两个日期。</translation>
    </message>
    <message>
        <source>Enter who confirmed the qualification for the body.</source>
        <translation>请填写代表本机构进行资格确认的人员。</translation>
    </message>
    <message>
        <source>Choose the scope class of this competence.</source>
        <translation>请选择此项能力对应的业务范围类别。</translation>
    </message>
    <message>
        <source>The competence for %1 is listed twice; keep one entry per scope class.</source>
        <translation>%1 的能力重复列出；每个业务范围类别只保留一条。</translation>
    </message>
    <message>
        <source>Enter the date of the training.</source>
        <translation>请填写培训日期。</translation>
    </message>
    <message>
        <source>Enter the hours of the training: more than 0, at most 500.</source>
        <translation>请填写培训学时：大于 0，最多 500。</translation>
    </message>
    <message>
        <source>Choose the client the declaration concerns.</source>
        <translation>请选择此声明所涉及的认证委托人。</translation>
    </message>
    <message>
        <source>Enter the date the relation began.</source>
        <translation>请填写该关系的开始日期。</translation>
    </message>
    <message>
        <source>The relation cannot end before it began; check the two dates.</source>
        <translation>关系的结束日期不能早于开始日期；请检查这两个日期。</translation>
    </message>
    <message>
        <source>The Chinese name holds only spaces or invisible characters; enter the name.</source>
        <translation>中文姓名只有空格或不可见字符；请填写姓名。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Training %1, topic: %2</source>
        <translation>培训 %1 的主题%2</translation>
    </message>
</context>
<context>
    <name>AuditorsPage</name>
    <message>
        <source>Filter by name or registration number (Ctrl+F)</source>
        <translation>按姓名或注册号筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Every word typed must appear in the Chinese or English name or the registration number.</source>
        <translation>输入的每个词都须出现在中文姓名、英文姓名或注册号中。</translation>
    </message>
    <message>
        <source>Also list auditors who no longer work for the body</source>
        <translation>同时列出已不为本机构工作的审核员</translation>
    </message>
    <message>
        <source>Only auditors whose registration ends between today and the number of days given</source>
        <translation>只显示注册在今天至给定天数内到期的审核员</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;New auditor</source>
        <translation>新建审核员(&amp;N)</translation>
    </message>
    <message>
        <source>Add an auditor (Ctrl+N)</source>
        <translation>添加审核员（Ctrl+N）</translation>
    </message>
    <message>
        <source>Delete the selected auditor (only one no other record refers to)</source>
        <translation>删除所选审核员（仅限未被其他记录引用的）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln auditor(s)</source>
        <translation>
            <numerusform>%Ln 名审核员</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete auditor</source>
        <translation>删除审核员</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: other records refer to this auditor (%2).

Mark the auditor inactive instead: they are then no longer listed or proposed, and the records are kept.</source>
        <translation>无法删除“%1”：其他记录引用了该审核员（%2）。

请改为将其标为不在职：此后不再列出或推荐该审核员，相关记录仍予保留。</translation>
    </message>
    <message>
        <source>Mark inactive</source>
        <translation>标为不在职</translation>
    </message>
    <message>
        <source>“%1” is marked inactive. Tick “Show inactive” to see them in the list.</source>
        <translation>“%1”已标为不在职。勾选“显示不在职人员”即可在列表中看到。</translation>
    </message>
    <message>
        <source>Delete “%1” with their competences, continuing education and conflict declarations?

You can bring them back with Edit → Undo.</source>
        <translation>删除“%1”及其能力确认、继续教育和利益冲突申报？

可以用“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>The body&apos;s auditors: registrations, competences, continuing education, conflicts of interest</source>
        <translation>本机构的审核员：注册、能力确认、继续教育、利益冲突</translation>
    </message>
    <message>
        <source>Mark auditor “%1” inactive</source>
        <translation>将审核员“%1”设为停用</translation>
    </message>
    <message>
        <source>Delete auditor “%1”</source>
        <translation>删除审核员“%1”</translation>
    </message>
    <message>
        <source>Show ina&amp;ctive</source>
        <translation>显示不在职人员(&amp;C)</translation>
    </message>
    <message>
        <source>Registration e&amp;xpires within</source>
        <translation>注册到期不超过(&amp;X)</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation>无法建立备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup could not be copied beside the database.</source>
        <translation>无法将备份复制到数据库旁边。</translation>
    </message>
    <message>
        <source>The database file could not be replaced; it is as it was.</source>
        <translation>无法替换数据库文件；它保持原样。</translation>
    </message>
</context>
<context>
    <name>BodySettings</name>
    <message>
        <source>There is no setting %1.</source>
        <translation>没有设置项 %1。</translation>
    </message>
    <message>
        <source>Application number pattern</source>
        <translation>认证申请编号格式</translation>
    </message>
    <message>
        <source>Contract number pattern</source>
        <translation>合同编号格式</translation>
    </message>
    <message>
        <source>The body&apos;s name in contracts</source>
        <translation>合同中本机构的名称</translation>
    </message>
    <message>
        <source>Certificate number pattern</source>
        <translation>证书编号格式</translation>
    </message>
    <message>
        <source>CNCA approval number (批准号)</source>
        <translation>国家认监委批准号</translation>
    </message>
    <message>
        <source>The logo is too large; choose a smaller picture.</source>
        <translation>标志图片过大；请选择较小的图片。</translation>
    </message>
    <message>
        <source>The logo is not a PNG picture; choose it again in Settings.</source>
        <translation>标志不是 PNG 图片；请在设置中重新选择。</translation>
    </message>
    <message>
        <source>The body&apos;s name in English</source>
        <translation>本机构英文名称</translation>
    </message>
    <message>
        <source>The body&apos;s address</source>
        <translation>本机构地址</translation>
    </message>
    <message>
        <source>The body&apos;s address in English</source>
        <translation>本机构英文地址</translation>
    </message>
    <message>
        <source>The body&apos;s logo</source>
        <translation>本机构标志</translation>
    </message>
</context>
<context>
    <name>BodySettingsRepository</name>
    <message>
        <source>The setting was not changed: %1</source>
        <translation>设置未更改：%1</translation>
    </message>
    <message>
        <source>The setting could not be stored, and nothing was changed: %1</source>
        <translation>无法保存该设置，未做任何更改：%1</translation>
    </message>
</context>
<context>
    <name>CertSearchReport</name>
    <message>
        <source>(without number or holder)</source>
        <translation>（无编号或获证组织）</translation>
    </message>
    <message>
        <source>without number, of %1</source>
        <translation>无编号，获证组织 %1</translation>
    </message>
    <message>
        <source>Certificate %1: the number has %2 characters, but IAF CertSearch accepts at most %3, so the certificate cannot be uploaded. Check the number in the certificate&apos;s record; it is not shortened here, since a shortened number could name another certificate.</source>
        <translation>证书 %1：编号有 %2 个字符，而 IAF CertSearch 最多接受 %3 个字符，因此该证书无法上传。请核对证书记录中的编号；此处不会截短编号，因为截短后的编号可能指向另一张证书。</translation>
    </message>
    <message>
        <source>Certificate %1: the organisation&apos;s ID %2 has %3 characters, but IAF CertSearch accepts at most %4. Correct the client&apos;s credit code.</source>
        <translation>证书 %1：组织标识 %2 有 %3 个字符，而 IAF CertSearch 最多接受 %4 个字符。请更正该获证组织的统一社会信用代码。</translation>
    </message>
    <message>
        <source>Certificate %1: the status code “%2” is not one of 01 to 05, so IAF CertSearch would not know the status. Correct the certificate&apos;s status.</source>
        <translation>证书 %1：状态代码“%2”不在 01 至 05 之间，IAF CertSearch 将无法识别该状态。请更正证书状态。</translation>
    </message>
    <message>
        <source>Certificate %1: IAF CertSearch requires these fields, which are empty: %2. Fill them in before uploading.</source>
        <translation>证书 %1：IAF CertSearch 要求填写以下字段，但它们为空：%2。请在上传前填写。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>CertificateEventDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Scope (&amp;Chinese):</source>
        <translation>认证范围（中文）(&amp;C)：</translation>
    </message>
    <message>
        <source>Scope (En&amp;glish):</source>
        <translation>认证范围（英文）(&amp;G)：</translation>
    </message>
    <message>
        <source>Record an event of certificate %1</source>
        <translation>记录证书 %1 的事件</translation>
    </message>
    <message>
        <source>Reverse the latest event</source>
        <translation>撤回（更正）最近一次事件</translation>
    </message>
    <message>
        <source>Reverses: %1 of %2 (%3)</source>
        <translation>撤回：%2 的%1（%3）</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>事件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>The certificate is %1 since %2; events are only ever added, and a mistaken one is reversed by another.</source>
        <translation>该证书自 %2 起处于“%1”状态；事件只能追加，记错的事件须通过另一事件撤回。</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Nothing can follow: the certificate is %1.</source>
        <translation>不能再记录后续事件：该证书状态为“%1”。</translation>
    </message>
</context>
<context>
    <name>CertificateListModel</name>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>获证组织</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>颁证日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期截止</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>认证范围</translation>
    </message>
    <message>
        <source>The certificate register could not be read: %1</source>
        <translation>无法读取证书清单：%1</translation>
    </message>
</context>
<context>
    <name>CertificateRepository</name>
    <message>
        <source>The programme no longer exists; the list was out of date.</source>
        <translation>该审核方案已不存在；列表已过时。</translation>
    </message>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation>认证决定未记录：%1</translation>
    </message>
    <message>
        <source>The decision could not be recorded, and nothing was changed: %1</source>
        <translation>无法记录认证决定，未作任何更改：%1</translation>
    </message>
    <message>
        <source>The certificate no longer exists; the list was out of date.</source>
        <translation>该证书已不存在；列表已过时。</translation>
    </message>
    <message>
        <source>The event was not recorded: %1</source>
        <translation>事件未记录：%1</translation>
    </message>
    <message>
        <source>The event could not be recorded, and nothing was changed: %1</source>
        <translation>无法记录事件，未作任何更改：%1</translation>
    </message>
</context>
<context>
    <name>CertificateRules</name>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期失效</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>颁证</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Scope extended</source>
        <translation>扩大认证范围</translation>
    </message>
    <message>
        <source>Scope reduced</source>
        <translation>缩小认证范围</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>撤回（更正）</translation>
    </message>
    <message>
        <source>Grant certification</source>
        <translation>批准认证</translation>
    </message>
    <message>
        <source>Refuse certification</source>
        <translation>不予认证</translation>
    </message>
    <message>
        <source>A certificate is issued by the certification decision, not by an event.</source>
        <translation>证书由认证决定颁发，而非通过事件颁发。</translation>
    </message>
    <message>
        <source>Enter the date of the event.</source>
        <translation>请输入事件日期。</translation>
    </message>
    <message>
        <source>The event is dated %1, after today: record an event once it has happened.</source>
        <translation>事件日期为 %1，晚于今天：请在事件发生后再记录。</translation>
    </message>
    <message>
        <source>The certificate was issued on %1; an event cannot come before it.</source>
        <translation>该证书颁发于 %1；事件日期不能早于颁证日期。</translation>
    </message>
    <message>
        <source>Events are recorded in order: the last one is dated %1.</source>
        <translation>事件须按时间顺序记录：最近一次事件的日期为 %1。</translation>
    </message>
    <message>
        <source>There is no event to reverse: only the issue stands, and it is taken back by withdrawing or cancelling the certificate.</source>
        <translation>没有可撤回的事件：目前只有颁证记录，如需收回，应撤销或注销该证书。</translation>
    </message>
    <message>
        <source>Only the latest event that stands can be reversed: %1 of %2.</source>
        <translation>只能撤回最近一次未被撤回的事件：%2 的%1。</translation>
    </message>
    <message>
        <source>Say why the event is reversed (what was mistaken).</source>
        <translation>请说明撤回该事件的原因（记错了什么）。</translation>
    </message>
    <message>
        <source>The certificate runs until %1; it expires from the day after.</source>
        <translation>该证书有效期至 %1；自次日起过期失效。</translation>
    </message>
    <message>
        <source>The certificate is %1 already; it cannot expire.</source>
        <translation>该证书已%1，不能再记录过期失效。</translation>
    </message>
    <message>
        <source>“%1” is not possible for a certificate that is %2 on %3.</source>
        <translation>证书在 %3 处于“%2”状态，不能记录“%1”。</translation>
    </message>
    <message>
        <source>A scope extension has the change code 05.</source>
        <translation>扩大认证范围的变更代码为 05。</translation>
    </message>
    <message>
        <source>A scope reduction has the change code 06.</source>
        <translation>缩小认证范围的变更代码为 06。</translation>
    </message>
    <message>
        <source>Choose the reason.</source>
        <translation>请选择原因。</translation>
    </message>
    <message>
        <source>“%1” is not a reason code of the reference data.</source>
        <translation>“%1”不是基础数据中的原因代码。</translation>
    </message>
    <message>
        <source>This event takes no reason code; write the reason in the note.</source>
        <translation>此事件不使用原因代码；请在备注中填写原因。</translation>
    </message>
    <message>
        <source>Say what was verified before restoring the certificate.</source>
        <translation>请说明恢复证书前验证了哪些内容。</translation>
    </message>
    <message>
        <source>Say why the certificate is cancelled (for example, the client&apos;s request).</source>
        <translation>请说明注销证书的原因（例如获证组织申请注销）。</translation>
    </message>
    <message>
        <source>Write the scope as it stands after the change.</source>
        <translation>请填写变更后的认证范围。</translation>
    </message>
    <message>
        <source>The scope is unchanged; write it as it stands after the change.</source>
        <translation>认证范围未发生变化；请填写变更后的认证范围。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Certificate %1 has been suspended since %2, longer than %n month(s) (until %3): restore it or withdraw it.</source>
        <translation>
            <numerusform>证书 %1 自 %2 起暂停，已超过 %n 个月（至 %3）：请恢复或撤销该证书。</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate %1 is suspended since %2: restore it or withdraw it by %3.</source>
        <translation>证书 %1 自 %2 起暂停：请在 %3 之前恢复或撤销该证书。</translation>
    </message>
    <message>
        <source>Certificate %1: no surveillance audit is planned and the first one was due by %2; the certificate is due for suspension.</source>
        <translation>证书 %1：未安排监督审核，而第一次监督审核应于 %2 前完成；该证书应予暂停。</translation>
    </message>
    <message>
        <source>Certificate %1: the window of %2 closed on %3 and the audit is not done; the certificate is due for suspension.</source>
        <translation>证书 %1：%2的允许时间窗口已于 %3 结束，审核尚未完成；该证书应予暂停。</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>The certificate register: status by CNCA code, scope, dates, and every suspension, restoration, withdrawal and scope change</source>
        <translation>证书清单：按国家认监委代码显示的状态、认证范围、日期，以及每一次暂停、恢复、撤销和认证范围变更</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n 张证书</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate could not be read: %1</source>
        <translation>无法读取证书：%1</translation>
    </message>
    <message>
        <source>No certificate selected</source>
        <translation>未选择证书</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>自 %2 起%1</translation>
    </message>
    <message>
        <source> — the expiry date has passed; record the expiry.</source>
        <translation> — 已过有效期截止日期，请记录过期失效。</translation>
    </message>
    <message>
        <source> — to be restored or withdrawn by %1 (C-suspend-max).</source>
        <translation> — 须在 %1 之前恢复或撤销（C-suspend-max）。</translation>
    </message>
    <message>
        <source>Scope (Chinese)</source>
        <translation>认证范围（中文）</translation>
    </message>
    <message>
        <source>Scope (English)</source>
        <translation>认证范围（英文）</translation>
    </message>
    <message>
        <source>Scope classes</source>
        <translation>专业分类</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>颁证日期</translation>
    </message>
    <message>
        <source>First issued</source>
        <translation>初次获证日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期截止</translation>
    </message>
    <message>
        <source>Certification decision</source>
        <translation>认证决定</translation>
    </message>
    <message>
        <source>%1, %2 by %3</source>
        <translation>%1，%2，由 %3 作出</translation>
    </message>
    <message>
        <source>Reversed: %1 of %2</source>
        <translation>已撤回：%2 的%1</translation>
    </message>
    <message>
        <source> (reversed)</source>
        <translation>（已撤回）</translation>
    </message>
    <message>
        <source>Scope from then: %1</source>
        <translation>自此起的认证范围：%1</translation>
    </message>
    <message>
        <source>Choose your user profile first (the status bar&apos;s profile button).</source>
        <translation>请先选择您的用户档案（状态栏中的用户档案按钮）。</translation>
    </message>
    <message>
        <source>Event not recorded</source>
        <translation>事件未记录</translation>
    </message>
    <message>
        <source>%1 recorded for certificate %2.</source>
        <translation>已为证书 %2 记录“%1”。</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>查找(&amp;N)：</translation>
    </message>
    <message>
        <source>Number, client, credit code or scope</source>
        <translation>证书编号、获证组织、统一社会信用代码或认证范围</translation>
    </message>
    <message>
        <source>E&amp;xpiring by</source>
        <translation>有效期截止不晚于(&amp;X)</translation>
    </message>
    <message>
        <source>Status history (never rewritten; a mistaken event is reversed by another)</source>
        <translation>状态历史（从不改写；记错的事件通过另一事件撤回）</translation>
    </message>
    <message>
        <source>Recor&amp;d event…</source>
        <translation>记录事件(&amp;D)…</translation>
    </message>
    <message>
        <source>Open &amp;client</source>
        <translation>打开获证组织(&amp;C)</translation>
    </message>
    <message>
        <source>Open pro&amp;gramme</source>
        <translation>打开审核方案(&amp;G)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>certificate-register-%1.pdf</source>
        <translation>证书清单-%1.pdf</translation>
    </message>
</context>
<context>
    <name>ChainAnchor</name>
    <message numerus="yes">
        <source>The change log is shorter than when this computer last wrote to this file: it held %Ln entries then (the last one logged on %1) and holds %2 now. Entries were removed from its end, or the file was replaced by an older copy or another database. If you restored or replaced it yourself, this is expected; otherwise compare it with your backups.</source>
        <translation>
            <numerusform>变更日志比本机上次写入此文件时短：当时有 %Ln 条（最后一条记录于 %1），现在只有 %2 条。日志末尾的条目被删除了，或者此文件被替换成了较旧的副本或另一个数据库。如果是您自己恢复或替换了文件，这是预期的结果；否则请与您的备份核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>The change log no longer holds the entry this computer saw last (entry %1, logged on %2): its entries were rewritten, or the file was replaced by another database. If you replaced it yourself, this is expected; otherwise compare it with your backups.</source>
        <translation>变更日志中已没有本机最后看到的条目（第 %1 条，记录于 %2）：日志条目被改写过，或者此文件被替换成了另一个数据库。如果是您自己替换了文件，这是预期的结果；否则请与您的备份核对。</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryModel</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>无法读取变更历史：%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>field: old value → new value</comment>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <comment>record kind, record number</comment>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <comment>record kind, record name</comment>
        <translation>%1“%2”</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>Change-log entry %1 does not follow the entry before it: an entry was removed or inserted outside the application.</source>
        <translation>变更日志第 %1 条与前一条不衔接：有条目在本程序之外被删除或插入。</translation>
    </message>
    <message>
        <source>Change-log entry %1 was altered after it was written (its hash does not match its content).</source>
        <translation>变更日志第 %1 条在写入后被改动（其哈希值与内容不符）。</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 (undo)</source>
        <translation>%1（撤销）</translation>
    </message>
    <message>
        <source>%1 (redo)</source>
        <translation>%1（重做）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 was added outside the application (it has no change-log entry).</source>
        <translation>%1 是在本程序之外新增的（没有变更日志条目）。</translation>
    </message>
    <message>
        <source>%1 was changed outside the application (fields: %2).</source>
        <translation>%1 在本程序之外被修改过（字段：%2）。</translation>
    </message>
    <message>
        <source>%1 was deleted outside the application.</source>
        <translation>%1 在本程序之外被删除。</translation>
    </message>
    <message>
        <source>Entry %1 of another database&apos;s change log, kept by a dossier import, does not match its hash: it was changed afterwards.</source>
        <translation>档案导入时保存的另一数据库变更日志第 %1 条与其哈希不符：它在之后被修改过。</translation>
    </message>
    <message>
        <source>The other database&apos;s change-log entries kept by dossier import %1 are not those it recorded: some were removed, added or changed.</source>
        <translation>第 %1 次档案导入保存的另一数据库变更日志条目与当时记录的不一致：有条目被删除、添加或修改。</translation>
    </message>
    <message>
        <source>%1 (dossier import)</source>
        <translation>%1（档案导入）</translation>
    </message>
</context>
<context>
    <name>ChangeSet</name>
    <message>
        <source>This step cannot be undone: %1 has been changed again since, here or in another program. Nothing was changed.</source>
        <translation>这一步无法撤销：%1 此后又被修改过（在本程序或其他程序中）。未做任何更改。</translation>
    </message>
    <message>
        <source>This step cannot be redone: %1 has been changed since, here or in another program. Nothing was changed.</source>
        <translation>这一步无法重做：%1 此后被修改过（在本程序或其他程序中）。未做任何更改。</translation>
    </message>
    <message>
        <source>This step cannot be undone, and nothing was changed: %1</source>
        <translation>这一步无法撤销，未做任何更改：%1</translation>
    </message>
    <message>
        <source>This step cannot be redone, and nothing was changed: %1</source>
        <translation>这一步无法重做，未做任何更改：%1</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check database</source>
        <translation>检查数据库</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change-log entries checked; the chain is intact.</source>
        <translation>
            <numerusform>已检查 %Ln 条变更日志；哈希链完整。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change-log entries checked; the chain is BROKEN.</source>
        <translation>
            <numerusform>已检查 %Ln 条变更日志；哈希链已断裂！</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors: %1. Warnings: %2.</source>
        <translation>错误：%1。警告：%2。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it.</source>
        <translation>双击或按回车键打开。</translation>
    </message>
</context>
<context>
    <name>ChooseDossierDialog</name>
    <message>
        <source>Export client dossier</source>
        <translation>导出认证委托人档案</translation>
    </message>
    <message>
        <source>One client&apos;s dossier as an archive bundle: its applications, reviews, contracts, programmes, audits, certificates and change log, with the auditors and users they refer to. Another CSISMS Desk database (a laptop, the office) imports it with File → Import client dossier…</source>
        <translation>将一个认证委托人的档案导出为档案包：其认证申请、申请评审、合同、审核方案、审核、证书和变更日志，以及其中涉及的审核员和用户。另一个 CSISMS Desk 数据库（笔记本电脑或办公室）用“文件 → 导入认证委托人档案…”导入。</translation>
    </message>
    <message>
        <source>Type part of the name, credit code or contact</source>
        <translation>输入名称、统一社会信用代码或联系人的一部分</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>认证委托人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>ClientDemo</name>
    <message numerus="yes">
        <source>The database already holds %n client(s). Demo data goes into a new, empty database: choose another file with --db.</source>
        <translation>
            <numerusform>数据库中已有 %n 个认证委托人。演示数据只写入新的空数据库：请用 --db 另选一个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no demo data was written.</source>
        <translation>已取消；未写入任何演示数据。</translation>
    </message>
    <message>
        <source>The demo data could not be written, and nothing was stored: %1</source>
        <translation>演示数据无法写入，未保存任何内容：%1</translation>
    </message>
</context>
<context>
    <name>ClientDossier</name>
    <message>
        <source>Applications (%1)</source>
        <translation>认证申请（%1）</translation>
    </message>
    <message>
        <source>Reviews (%1)</source>
        <translation>申请评审（%1）</translation>
    </message>
    <message>
        <source>Contracts (%1)</source>
        <translation>认证合同（%1）</translation>
    </message>
    <message>
        <source>New application for this client</source>
        <translation>为该认证委托人新建认证申请</translation>
    </message>
    <message>
        <source>Audit programmes (%1)</source>
        <translation>审核方案（%1）</translation>
    </message>
    <message>
        <source>Certificates (%1)</source>
        <translation>证书（%1）</translation>
    </message>
    <message>
        <source>The retention date could not be read: %1</source>
        <translation>无法读取保存期限：%1</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <source>The client could not be read: %1</source>
        <translation>无法读取该认证委托人：%1</translation>
    </message>
    <message>
        <source>new client</source>
        <translation>新认证委托人</translation>
    </message>
    <message>
        <source>“%1” is not a number of people; enter a whole number such as 120.</source>
        <translation>“%1”不是人数；请输入整数，例如 120。</translation>
    </message>
    <message>
        <source>Site %1: “%2” is not a number of people; enter a whole number.</source>
        <translation>场所 %1：“%2”不是人数；请输入整数。</translation>
    </message>
    <message>
        <source>Shift %1: “%2” is not a number of people; enter a whole number.</source>
        <translation>班次 %1：“%2”不是人数；请输入整数。</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新认证委托人</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>The client “%1” has changes that are not saved yet. Save them?</source>
        <translation>认证委托人“%1”有尚未保存的修改。是否保存？</translation>
    </message>
    <message>
        <source>Select a client in the list to see it here, or add one with New (Ctrl+N).</source>
        <translation>在列表中选择一个认证委托人即可在此查看，或用“新建”（Ctrl+N）添加。</translation>
    </message>
    <message>
        <source>&amp;Name (Chinese):</source>
        <translation>中文名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>法定代表人(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>电子邮箱(&amp;M)：</translation>
    </message>
    <message>
        <source>Required, e.g. 上海示例云计算有限公司</source>
        <translation>必填，例如 上海示例云计算有限公司</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91350100M000100Y43</source>
        <translation>18 位，例如 91350100M000100Y43</translation>
    </message>
    <message>
        <source>Unified social credit code (GB 32100-2015)</source>
        <translation>统一社会信用代码（GB 32100-2015）</translation>
    </message>
    <message>
        <source>e.g. 0591-87654321</source>
        <translation>例如 0591-87654321</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Total number of people, e.g. 120</source>
        <translation>总人数，例如 120</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>添加场所</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>删除场所</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Add shift</source>
        <translation>添加班次</translation>
    </message>
    <message>
        <source>Remove shift</source>
        <translation>删除班次</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Add legal entity</source>
        <translation>添加法律实体</translation>
    </message>
    <message>
        <source>Remove legal entity</source>
        <translation>删除法律实体</translation>
    </message>
    <message>
        <source>Save the client (Ctrl+S)</source>
        <translation>保存该认证委托人（Ctrl+S）</translation>
    </message>
    <message>
        <source>Sites (%1)</source>
        <translation>场所（%1）</translation>
    </message>
    <message>
        <source>Shifts (%1)</source>
        <translation>班次（%1）</translation>
    </message>
    <message>
        <source>Legal entities (%1)</source>
        <translation>法律实体（%1）</translation>
    </message>
    <message>
        <source>Add client “%1”</source>
        <translation>新增认证委托人“%1”</translation>
    </message>
    <message>
        <source>Edit client “%1”</source>
        <translation>修改认证委托人“%1”</translation>
    </message>
    <message>
        <source>Name (En&amp;glish):</source>
        <translation>英文名称(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>电话(&amp;T)：</translation>
    </message>
    <message>
        <source>Headco&amp;unt:</source>
        <translation>人数(&amp;U)：</translation>
    </message>
    <message>
        <source>Remar&amp;ks:</source>
        <translation>备注(&amp;K)：</translation>
    </message>
    <message>
        <source>The register is empty. Add a client with New client (Ctrl+N), or bring in a list with File → Import clients… (a CSV file from a spreadsheet). To try the program first, fill a new database with demo data: csisms --db demo.sqlite demo.</source>
        <translation>名录还是空的。可用“新建认证委托人”（Ctrl+N）添加，或用“文件 → 导入认证委托人…”导入名单（电子表格另存的 CSV 文件）。想先试用本程序，可在新数据库中生成演示数据：csisms --db demo.sqlite demo。</translation>
    </message>
    <message>
        <source>Dossier (%1)</source>
        <translation>档案（%1）</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>云服务</translation>
    </message>
    <message>
        <source>Typical</source>
        <translation>典型</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>添加云服务</translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation>删除云服务</translation>
    </message>
    <message>
        <source>The cloud services in the scope; the typical ones (典型产品和服务) are sampled by the initial and the recertification audit (P-5.4.1.3-services).</source>
        <translation>认证范围内的云服务；其中的典型服务（典型产品和服务）由初次认证审核和再认证审核抽样（P-5.4.1.3-services）。</translation>
    </message>
    <message>
        <source>Cloud services (%1)</source>
        <translation>云服务（%1）</translation>
    </message>
</context>
<context>
    <name>ClientImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>第 %1 行：%2：%3</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row and at least one client.</source>
        <translation>文件为空；需要一个表头行和至少一个认证委托人。</translation>
    </message>
    <message>
        <source>unknown column. Use these: %1 (or their Chinese names).</source>
        <translation>未知的列。请使用：%1（或对应的中文列名）。</translation>
    </message>
    <message>
        <source>this column appears twice; keep one.</source>
        <translation>此列出现了两次；请只保留一列。</translation>
    </message>
    <message>
        <source>the column name_zh (名称) is missing; every client needs its Chinese name.</source>
        <translation>缺少 name_zh（名称）列；每个认证委托人都需要中文名称。</translation>
    </message>
    <message>
        <source>there are no clients below the header row.</source>
        <translation>表头行下面没有认证委托人。</translation>
    </message>
    <message>
        <source>“%1” is not a number of people; write a whole number such as 120.</source>
        <translation>“%1”不是人数；请填写整数，例如 120。</translation>
    </message>
    <message>
        <source>the credit code %1 is also on line %2; each client appears once.</source>
        <translation>信用代码 %1 也出现在第 %2 行；每个认证委托人只能出现一次。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) not shown.</source>
        <translation>
            <numerusform>……另有 %n 个问题未列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 is larger than the import limit of %2 MiB, so it was not read. Split it into smaller files, or ask an administrator to raise the limit (Settings, rule parameters).</source>
        <translation>文件 %1 超过导入上限 %2 MiB，因此未读取。请把它拆分成较小的文件，或请管理员提高上限（设置 → 规则参数）。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a CSV file.</source>
        <translation>%1 是文件夹；请选择 CSV 文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>this is not a client list: its first line names none of the columns %1 (it begins “%2”). The first line must name the columns, separated by commas, semicolons or tabs.</source>
        <translation>这不是认证委托人名单：第一行没有列出 %1 中的任何一列（开头为“%2”）。第一行必须写明各列名称，用逗号、分号或制表符分隔。</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; check for a missing or extra %3.</source>
        <translation>该行有 %1 个字段，而表头有 %2 个；请检查是否缺少或多了%3。</translation>
    </message>
    <message>
        <source>this client cannot be stored (%1); nothing was imported.</source>
        <translation>无法保存此认证委托人（%1）；未导入任何内容。</translation>
    </message>
    <message>
        <source>Another program is writing to the database, so nothing was imported. Try again in a moment.</source>
        <translation>另一个程序正在写入数据库，因此未导入任何内容。请稍后重试。</translation>
    </message>
    <message>
        <source>The clients could not be stored, so none were imported: %1</source>
        <translation>认证委托人无法保存，因此一个也未导入：%1</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>The client list could not be read: %1</source>
        <translation>无法读取认证委托人列表：%1</translation>
    </message>
    <message>
        <source>[archived] %1</source>
        <comment>marker before the name of an archived client</comment>
        <translation>[已归档] %1</translation>
    </message>
    <message>
        <source>%1 (archived: hidden unless “Show archived” is on)</source>
        <translation>%1（已归档：勾选“显示已归档”时才列出）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>This row could not be read: %1</source>
        <translation>此行无法读取：%1</translation>
    </message>
    <message>
        <source>⚠ could not be read</source>
        <translation>⚠ 无法读取</translation>
    </message>
    <message>
        <source>The client list changed since it was read (another program wrote to the database); rows marked “no longer there” are gone. Filter or sort the list to read it again.</source>
        <translation>读取列表后，认证委托人名录已有变化（另一程序写入了数据库）；标为“已不存在”的行已被删除。请重新筛选或排序以再次读取列表。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <comment>a row of the client list not read yet</comment>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>This row is being read from the database.</source>
        <translation>正在从数据库读取此行。</translation>
    </message>
    <message>
        <source>⚠ no longer there</source>
        <comment>a row of the client list deleted by another program</comment>
        <translation>⚠ 已不存在</translation>
    </message>
    <message>
        <source>This client was removed or changed by another program after the list was read. Filter or sort the list to read it again.</source>
        <translation>读取列表后，另一程序删除或修改了此认证委托人。请重新筛选或排序以再次读取列表。</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Type part of a client&apos;s name or credit code</source>
        <translation>输入认证委托人名称或统一社会信用代码的一部分</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>The credit code %1 is already registered for “%2”. Each client has its own code; open that client instead of adding it again.</source>
        <translation>信用代码 %1 已登记给“%2”。每个认证委托人有自己的代码；请打开该认证委托人，不要重复添加。</translation>
    </message>
    <message>
        <source>The client was not saved: %1</source>
        <translation>认证委托人未保存：%1</translation>
    </message>
    <message>
        <source>The client could not be saved, and nothing was changed: %1</source>
        <translation>认证委托人无法保存，未做任何更改：%1</translation>
    </message>
    <message>
        <source>The client no longer exists; the list was out of date.</source>
        <translation>该认证委托人已不存在；列表已过时。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1</source>
        <translation>
            <numerusform>%1 中的 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>This client has dossier records (%1), so it cannot be deleted. Archive it instead: it is then hidden from the list but kept.</source>
        <translation>该认证委托人已有档案记录（%1），因此不能删除。请改为归档：归档后它不在列表中显示，但仍被保留。</translation>
    </message>
    <message>
        <source>The client could not be deleted, and nothing was changed: %1</source>
        <translation>认证委托人无法删除，未做任何更改：%1</translation>
    </message>
    <message>
        <source>The site “%1” is in the scope of application %2, so it stays; take it out of the application&apos;s scope first.</source>
        <translation>场所“%1”在认证申请 %2 的认证范围内，因此须保留；请先将其移出该申请的认证范围。</translation>
    </message>
    <message>
        <source>The legal entity “%1” has a legal status proof (D2) in application %2, so it stays.</source>
        <translation>法律实体“%1”在认证申请 %2 中有法律地位证明（D2），因此须保留。</translation>
    </message>
    <message>
        <source>“%1” is named by an audit of the client&apos;s audit programme, so it stays; take it out of that audit first.</source>
        <translation>“%1”已被该认证委托人审核方案中的某次审核引用，因此须保留；请先将其从该审核中移除。</translation>
    </message>
</context>
<context>
    <name>ClientRules</name>
    <message>
        <source>Enter the client&apos;s Chinese name; it is required.</source>
        <translation>请填写认证委托人的中文名称；此项必填。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address; write it as name@example.com.</source>
        <translation>“%1”不是电子邮箱地址；请按 name@example.com 的格式填写。</translation>
    </message>
    <message>
        <source>“%1” is not a phone number; use digits, spaces, +, - and brackets only.</source>
        <translation>“%1”不是电话号码；只能使用数字、空格、+、- 和括号。</translation>
    </message>
    <message>
        <source>The headcount cannot be negative.</source>
        <translation>人数不能为负数。</translation>
    </message>
    <message>
        <source>Site %1 has no name; name it or remove the row.</source>
        <translation>场所 %1 没有名称；请填写名称或删除该行。</translation>
    </message>
    <message>
        <source>Site %1: the headcount cannot be negative.</source>
        <translation>场所 %1：人数不能为负数。</translation>
    </message>
    <message>
        <source>Shift %1 has no name; name it or remove the row.</source>
        <translation>班次 %1 没有名称；请填写名称或删除该行。</translation>
    </message>
    <message>
        <source>Shift %1: the headcount cannot be negative.</source>
        <translation>班次 %1：人数不能为负数。</translation>
    </message>
    <message>
        <source>Legal entity %1 has no name; name it or remove the row.</source>
        <translation>法律实体 %1 没有名称；请填写名称或删除该行。</translation>
    </message>
    <message>
        <source>Legal entity %1: %2</source>
        <translation>法律实体 %1：%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>The Chinese name holds only spaces or invisible characters; enter the name.</source>
        <translation>中文名称只有空格或不可见字符；请填写名称。</translation>
    </message>
    <message>
        <source>Site %1, name:</source>
        <translation>场所 %1 的名称</translation>
    </message>
    <message>
        <source>Site %1, address:</source>
        <translation>场所 %1 的地址</translation>
    </message>
    <message>
        <source>Shift %1, name:</source>
        <translation>班次 %1 的名称</translation>
    </message>
    <message>
        <source>Shift %1, hours:</source>
        <translation>班次 %1 的时间</translation>
    </message>
    <message>
        <source>Legal entity %1, name:</source>
        <translation>法律实体 %1 的名称</translation>
    </message>
    <message>
        <source>Cloud service %1, name:</source>
        <translation>云服务 %1 的名称：</translation>
    </message>
    <message>
        <source>Cloud service %1 has no name; name it or remove the row.</source>
        <translation>云服务 %1 没有名称；请填写名称或删除该行。</translation>
    </message>
    <message>
        <source>Cloud service %1: “%2” is listed twice; audits name services by name.</source>
        <translation>云服务 %1：“%2”重复列出；审核按名称引用云服务。</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Filter by name, credit code or contact (Ctrl+F)</source>
        <translation>按名称、统一社会信用代码或联系人筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Every word typed must appear in the Chinese or English name, the credit code or the contact person.</source>
        <translation>输入的每个词都须出现在中文或英文名称、统一社会信用代码或联系人中。</translation>
    </message>
    <message>
        <source>Also list archived clients (marked “archived”)</source>
        <translation>同时列出已归档的认证委托人（标有“已归档”）</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>新建认证委托人(&amp;N)</translation>
    </message>
    <message>
        <source>Add a client (Ctrl+N)</source>
        <translation>添加认证委托人（Ctrl+N）</translation>
    </message>
    <message>
        <source>Delete the selected client (only a client without dossier records)</source>
        <translation>删除所选认证委托人（仅限没有档案记录的）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln 个认证委托人</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>取消归档(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>Show the client in the list again</source>
        <translation>让该认证委托人重新出现在列表中</translation>
    </message>
    <message>
        <source>Hide the client from the list; its records are kept</source>
        <translation>在列表中隐藏该认证委托人；其记录仍然保留</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Archived “%1”. Tick “Show archived” to see it in the list.</source>
        <translation>已归档“%1”。勾选“显示已归档”即可在列表中看到。</translation>
    </message>
    <message>
        <source>“%1” is no longer archived.</source>
        <translation>“%1”已取消归档。</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>删除认证委托人</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: dossier records refer to it (%2).

Archive it instead: it is then hidden from the list, and kept with its records.</source>
        <translation>“%1”不能删除：有档案记录引用它（%2）。

请改为归档：归档后它不再出现在列表中，但连同其记录一起保留。</translation>
    </message>
    <message>
        <source>Delete “%1” with its sites, shifts and legal entities?

You can bring it back with Edit → Undo.</source>
        <translation>删除“%1”及其场所、班次和法律实体吗？

可以用“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>认证委托人</translation>
    </message>
    <message>
        <source>The client register (认证委托人)</source>
        <translation>认证委托人名录</translation>
    </message>
    <message>
        <source>Archive client “%1”</source>
        <translation>归档认证委托人“%1”</translation>
    </message>
    <message>
        <source>Unarchive client “%1”</source>
        <translation>取消归档认证委托人“%1”</translation>
    </message>
    <message>
        <source>Delete client “%1”</source>
        <translation>删除认证委托人“%1”</translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation>显示已归档(&amp;W)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Nothing was imported: correct the file and import it again.</source>
        <translation>未导入任何内容：请修正文件后重新导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个认证委托人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier database file (default: %1).</source>
        <translation>档案数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en.</source>
        <translation>提示信息的语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>Number of demo clients (default 200).</source>
        <translation>演示认证委托人的数量（默认 200）。</translation>
    </message>
    <message>
        <source>Seed of the demo data (default 1).</source>
        <translation>演示数据的随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <source>The command to run; see below.</source>
        <translation>要运行的命令；见下文。</translation>
    </message>
    <message>
        <source>Wrong number of arguments for “%1”.</source>
        <translation>“%1”的参数个数不对。</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to “%2”.</source>
        <translation>选项 --%1 不适用于“%2”。</translation>
    </message>
    <message>
        <source>“clients” needs a subcommand: import or list.</source>
        <translation>“clients”需要子命令：import 或 list。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema version %2).</source>
        <translation>数据库已就绪：%1（结构版本 %2）。</translation>
    </message>
    <message>
        <source>New database created: %1 (schema version %2).</source>
        <translation>已创建新数据库：%1（结构版本 %2）。</translation>
    </message>
    <message>
        <source>--clients needs a whole number from 1 to 1000000.</source>
        <translation>--clients 需要 1 到 1000000 之间的整数。</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295.</source>
        <translation>--seed 需要 0 到 4294967295 之间的整数。</translation>
    </message>
    <message>
        <source>backup needs --out FILE: where to write the copy.</source>
        <translation>backup 需要 --out 文件：副本写到哪里。</translation>
    </message>
    <message>
        <source>The backup was not written: %1.</source>
        <translation>备份未写入：%1。</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <source>%n change-log entries checked; the chain is intact.</source>
        <translation>
            <numerusform>已检查 %n 条变更日志；哈希链完整。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change-log entries checked; the chain is BROKEN.</source>
        <translation>
            <numerusform>已检查 %n 条变更日志；哈希链已断开。</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors: %1. Warnings: %2.</source>
        <translation>错误：%1 个。警告：%2 个。</translation>
    </message>
    <message>
        <source>The command stopped because of a database error: %1. Nothing of what it was writing was stored.</source>
        <translation>命令因数据库错误而中止：%1。正在写入的内容均未保存。</translation>
    </message>
    <message>
        <source>The command stopped: there was not enough memory. Nothing of what it was writing was stored.</source>
        <translation>命令已中止：内存不足。正在写入的内容均未保存。</translation>
    </message>
    <message>
        <source>The command stopped because of an unexpected error: %1. Nothing of what it was writing was stored.</source>
        <translation>命令因意外错误而中止：%1。正在写入的内容均未保存。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>“application export” needs --id N, the number of the application in the list (applications list shows it).</source>
        <translation>“application export”需要 --id N，即该认证申请在列表中的编号（applications list 会显示）。</translation>
    </message>
    <message>
        <source>There is no application with id %1; applications list shows the ids.</source>
        <translation>没有 id 为 %1 的认证申请；applications list 会显示各 id。</translation>
    </message>
    <message>
        <source>“%1” is not a status of an application; use one of: %2.</source>
        <translation>“%1”不是认证申请的状态；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Id of the record.</source>
        <translation>记录的 id。</translation>
    </message>
    <message>
        <source>Only records with this status.</source>
        <translation>仅限此状态的记录。</translation>
    </message>
    <message>
        <source>“application” needs a subcommand: check or export.</source>
        <translation>“application”需要子命令：check 或 export。</translation>
    </message>
    <message>
        <source>“applications” needs a subcommand: list.</source>
        <translation>“applications”需要子命令：list。</translation>
    </message>
    <message>
        <source>Id of the client.</source>
        <translation>认证委托人的 ID。</translation>
    </message>
    <message>
        <source>“programme” needs a subcommand: check, propose or export.</source>
        <translation>“programme” 需要一个子命令：check、propose 或 export。</translation>
    </message>
    <message>
        <source>audit %1</source>
        <translation>审核 %1</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>审核方案</translation>
    </message>
    <message numerus="yes">
        <source>Not valid: %n error(s)</source>
        <translation>
            <numerusform>无效：%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s).</source>
        <translation>
            <numerusform>，%n 个警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>“programme export” needs --client ID, the id of the client (clients list shows it).</source>
        <translation>“programme export” 需要 --client ID，即认证委托人的 ID（可用 clients list 查看）。</translation>
    </message>
    <message>
        <source>Client %1 has no audit programme; programmes are made from a signed contract.</source>
        <translation>认证委托人 %1 尚无审核方案；审核方案根据已签订的认证合同建立。</translation>
    </message>
    <message>
        <source>Days ahead (default: the Due page&apos;s setting).</source>
        <translation>向后查看的天数（默认：待办事项页面中的设置）。</translation>
    </message>
    <message>
        <source>Month of the report.</source>
        <translation>报表所属月份。</translation>
    </message>
    <message>
        <source>“certificates” needs a subcommand: list.</source>
        <translation>“certificates”需要子命令：list。</translation>
    </message>
    <message>
        <source>“report” needs a subcommand: cnca or certsearch.</source>
        <translation>“report”需要子命令：cnca 或 certsearch。</translation>
    </message>
    <message numerus="yes">
        <source>%n demo client(s), %1 auditors, %2 applications, %3 audit programmes and %4 certificates written to %5 in %6 s.</source>
        <translation>
            <numerusform>已在 %6 秒内将 %n 个演示认证委托人、%1 名审核员、%2 份认证申请、%3 个审核方案和 %4 张证书写入 %5。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” needs --out %2: the file to write the report to.</source>
        <translation>“%1”需要 --out %2：报表要写入的文件。</translation>
    </message>
    <message>
        <source>“report cnca” needs --month YYYY-MM: the month to report, e.g. --month 2026-03 for March 2026.</source>
        <translation>“report cnca”需要 --month YYYY-MM：要报送的月份，例如 --month 2026-03 表示 2026 年 3 月。</translation>
    </message>
    <message>
        <source>--month takes a month as YYYY-MM, the year and the month 01 to 12 (e.g. 2026-03), not “%1”.</source>
        <translation>--month 需要 YYYY-MM 格式的月份，即年份加 01 至 12 的月份（例如 2026-03），而不是“%1”。</translation>
    </message>
    <message>
        <source>Warning: the body&apos;s CNCA approval number (认证机构批准号) is not set, so the 批准号 columns are empty. Set it in the settings before uploading the report.</source>
        <translation>警告：未设置本机构的国家认监委批准号（认证机构批准号），因此“批准号”列为空。请在上传报表前在设置中填写。</translation>
    </message>
    <message>
        <source>CNCA report %1-%2, rows: %3 audit plans, %4 certificates, %5 audit results written to %6.</source>
        <translation>CNCA 月度信息报送 %1-%2 已写入 %6，行数：审核计划 %3 行，证书 %4 行，审核结果 %5 行。</translation>
    </message>
    <message>
        <source>IAF CertSearch sheet, rows: %1 certificates written to %2. Accreditation Status is “%3” for every certificate: CSISMS does not record accreditation.</source>
        <translation>IAF CertSearch 表格已写入 %2，行数：证书 %1 行。所有证书的 Accreditation Status（认可状态）均为“%3”：CSISMS 不记录认可信息。</translation>
    </message>
    <message>
        <source>--days takes a whole number of days from 0 to 3650, not “%1”.</source>
        <translation>--days 需要 0 到 3650 之间的整数天数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use zh_CN or en (or bilingual for a printed report).</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en（打印报告还可使用 bilingual）。</translation>
    </message>
    <message>
        <source>“report programme” needs --client ID, the id of the client (clients list shows it).</source>
        <translation>“report programme”需要 --client ID，即认证委托人的编号（clients list 可查看）。</translation>
    </message>
    <message>
        <source>First day of the report.</source>
        <translation>报告的第一天。</translation>
    </message>
    <message>
        <source>Last day of the report.</source>
        <translation>报告的最后一天。</translation>
    </message>
    <message>
        <source>“%1” needs --%2 YYYY-MM-DD.</source>
        <translation>“%1”需要 --%2 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD (e.g. 2026-03-31), not “%2”.</source>
        <translation>--%1 的值应为 YYYY-MM-DD 格式的日期（如 2026-03-31），而不是“%2”。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s), %2) written to %3.</source>
        <translation>
            <numerusform>%1（%n 页，%2）已写入 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>--to must be on or after --from, and at most ten years later.</source>
        <translation>--to 不得早于 --from，且最多晚十年。</translation>
    </message>
    <message>
        <source>Due list</source>
        <translation>待办事项清单</translation>
    </message>
    <message>
        <source>Certificate register</source>
        <translation>证书清单</translation>
    </message>
    <message>
        <source>“report review” needs --id N, the id of the application review.</source>
        <translation>“report review”需要 --id N，即申请评审的编号。</translation>
    </message>
    <message>
        <source>Application review record</source>
        <translation>申请评审记录</translation>
    </message>
    <message>
        <source>Public information sheet</source>
        <translation>公开信息表</translation>
    </message>
    <message>
        <source>Audit programme report of %1</source>
        <translation>%1 的审核方案报告</translation>
    </message>
    <message>
        <source>“export” needs --out FILE.zip: where to write the archive bundle.</source>
        <translation>“export”需要 --out 文件.zip：档案包写到哪里。</translation>
    </message>
    <message>
        <source>The archive bundle was not written: %1</source>
        <translation>档案包未写入：%1</translation>
    </message>
    <message>
        <source>%1 already holds records; a bundle is restored only into a new, empty database (--db NEW.sqlite).</source>
        <translation>%1 中已有记录；档案包只能恢复到新的空数据库（--db 新文件.sqlite）。</translation>
    </message>
    <message>
        <source>Restored %1 from %2: %3 tables, %4 records; the change log verifies.</source>
        <translation>已从 %2 恢复 %1：%3 张表，%4 条记录；变更日志校验通过。</translation>
    </message>
    <message>
        <source>“export --client” needs the id of a client (csisms clients list shows them).</source>
        <translation>“export --client”需要一个认证委托人的 id（csisms clients list 可列出）。</translation>
    </message>
    <message>
        <source>There is no client with the id %1 (csisms clients list shows them).</source>
        <translation>没有 id 为 %1 的认证委托人（csisms clients list 可列出）。</translation>
    </message>
    <message>
        <source>--take is “here” (keep this database&apos;s values where they differ) or “bundle” (take the bundle&apos;s), not “%1”.</source>
        <translation>--take 的值为“here”（不同之处保留本数据库的值）或“bundle”（采用档案包的值），而不是“%1”。</translation>
    </message>
    <message>
        <source>Dossier of %1 (client %2 here): %3 records new here, %4 differ, %5 the same, %6 only here (kept).</source>
        <translation>%1 的档案（本库认证委托人 %2）：%3 条记录为新增，%4 条不同，%5 条相同，%6 条仅在本库（保留）。</translation>
    </message>
    <message>
        <source>Dossier of %1, a client new here: %3 records new here, %4 differ, %5 the same, %6 only here (kept).</source>
        <translation>%1 的档案，本库尚无此认证委托人：%3 条记录为新增，%4 条不同，%5 条相同，%6 条仅在本库（保留）。</translation>
    </message>
    <message>
        <source>%1 differs (here: %2; bundle: %3):</source>
        <translation>%1 不同（本库：%2；档案包：%3）：</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n records differ. Choose record by record in the application (File → Import client dossier…), or pass --take here or --take bundle for all of them.</source>
        <translation>
            <numerusform>未写入任何内容：%n 条记录不同。请在应用程序中逐条选择（文件 → 导入认证委托人档案…），或对全部记录使用 --take here 或 --take bundle。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: this database already holds the dossier as the bundle has it.</source>
        <translation>无需导入：本数据库中的档案与档案包一致。</translation>
    </message>
    <message>
        <source>Dossier imported as client %1: %2 records added, %3 taken from the bundle, %4 kept as they were; %5 change-log entries of the other database kept.</source>
        <translation>档案已导入为认证委托人 %1：新增 %2 条记录，%3 条采用档案包的值，%4 条保持不变；保存了另一数据库的 %5 条变更日志条目。</translation>
    </message>
    <message>
        <source>--take applies to a client&apos;s dossier; this bundle is a whole database.</source>
        <translation>--take 只适用于认证委托人的档案；此档案包是整个数据库。</translation>
    </message>
    <message>
        <source>Where a dossier&apos;s records differ: keep this database&apos;s (here) or take the bundle&apos;s (bundle).</source>
        <translation>档案记录不同时：保留本数据库的（here）或采用档案包的（bundle）。</translation>
    </message>
    <message>
        <source>Usage: csisms [--db FILE] [--lang zh_CN|en] [COMMAND]
Without a command the application window opens.
Commands:
  init                          create or upgrade the database
  demo [--clients N] [--seed S] fill an empty database with deterministic demo dossiers
  check [--json]                integrity, foreign keys, change-log chain, rule violations
  clients import FILE.csv       import clients: all rows or none
  clients list [--json]         list the client register
  backup --out FILE             consistent copy of the database, also while it is in use
  export --out FILE.zip [--client ID]
                                the whole database, or one client&apos;s dossier, as an archive bundle
  import FILE.zip [--take here|bundle]
                                restore a whole-database bundle into a new, empty database
                                (--db NEW.sqlite), or bring a client&apos;s dossier into this one
  application check FILE.json [--json]
                                eligibility and audit time of an application file (no database)
  application export --id N     one application as a csisms-application/1 file
  applications list [--json] [--status S]
                                the applications, newest first (S: draft, submitted, under_review, …)
  programme check FILE.json [--json]
                                rule check of a programme file (no database)
  programme propose FILE.json [--out FILE]
                                fill in the audits a programme file lacks, within the rules
  programme export --client ID  that client&apos;s current programme as a csisms-programme/1 file
  due [--days N] [--json]       what needs attention within N days, and what is late
  certificates list [--json]    the certificate register
  report cnca --month YYYY-MM --out FILE.xlsx
                                the CNCA monthly information report of that month
  report certsearch --out FILE.xlsx
                                the certificate register as an IAF CertSearch upload sheet
  report programme --client ID --out FILE.pdf [--lang zh_CN|en|bilingual]
                                the client&apos;s audit programme report (审核方案) as a PDF
  report due --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--lang …]
                                the due list of those dates, and what is late on the first
  report register --out FILE.pdf [--lang …]
                                the certificate register with each status today
  report review --id N --out FILE.pdf [--lang …]
                                the application review record (申请评审记录) of review N
  report info-sheet --out FILE.pdf [--lang …]
                                the public information sheet (5.1.1) with the body&apos;s texts
</source>
        <translation>用法：csisms [--db 文件] [--lang zh_CN|en] [命令]
不带命令时打开应用程序窗口。
命令：
  init                          创建或升级数据库
  demo [--clients N] [--seed S] 向空数据库填充确定性的演示档案
  check [--json]                完整性、外键、变更日志链、违反规则情况
  clients import 文件.csv       导入认证委托人：要么全部导入，要么全部不导入
  clients list [--json]         列出认证委托人名录
  backup --out 文件             数据库的一致性副本，数据库使用中也可备份
  export --out 文件.zip [--client ID]
                                将整个数据库或一个认证委托人的档案导出为档案包
  import 文件.zip [--take here|bundle]
                                将整库档案包恢复到一个新的空数据库（--db 新文件.sqlite），
                                或将一个认证委托人的档案导入本数据库
  application check 文件.json [--json]
                                认证申请文件的受理条件和审核时间（不使用数据库）
  application export --id N     将一份认证申请导出为 csisms-application/1 文件
  applications list [--json] [--status S]
                                认证申请列表，最新的在前（S：draft、submitted、under_review、…）
  programme check 文件.json [--json]
                                对审核方案文件进行规则检查（不使用数据库）
  programme propose 文件.json [--out 文件]
                                在规则范围内补齐审核方案文件中缺少的审核
  programme export --client ID  将该认证委托人的当前审核方案导出为 csisms-programme/1 文件
  due [--days N] [--json]       N 天内需要处理的事项，以及已逾期的事项
  certificates list [--json]    证书清单
  report cnca --month YYYY-MM --out 文件.xlsx
                                该月的 CNCA 月度信息报送
  report certsearch --out 文件.xlsx
                                以 IAF CertSearch 上传表格式导出证书清单
  report programme --client ID --out 文件.pdf [--lang zh_CN|en|bilingual]
                                将该认证委托人的审核方案报告输出为 PDF
  report due --from YYYY-MM-DD --to YYYY-MM-DD --out 文件.pdf [--lang …]
                                这些日期内的待办事项清单，以及起始日已逾期的事项
  report register --out 文件.pdf [--lang …]
                                证书清单，含各证书今日的状态
  report review --id N --out 文件.pdf [--lang …]
                                评审 N 的申请评审记录
  report info-sheet --out 文件.pdf [--lang …]
                                本机构依 5.1.1 公开信息表（含本机构填写的内容）
</translation>
    </message>
    <message>
        <source>The dossier of client %1 written to %2: %3 tables, %4 records, %5 programme reports, %6 MB before compression.</source>
        <translation>客户 %1 的档案已写入 %2：%3 个表、%4 条记录、%5 份审核方案报告，压缩前 %6 MB。</translation>
    </message>
    <message>
        <source>Archive bundle written to %1: %2 tables, %3 records, %4 programme reports, %5 MB before compression.</source>
        <translation>档案包已写入 %1：%2 个表、%3 条记录、%4 份审核方案报告，压缩前 %5 MB。</translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>Select a contract in the list to see it here. A contract is made from an accepted review: Make the contract on the Reviews page.</source>
        <translation>在列表中选择一份合同，即可在此查看。合同由受理申请的评审生成：请在“申请评审”页面选择“生成认证合同”。</translation>
    </message>
    <message>
        <source>No contracts yet. Finalise a review that accepts an application, then choose Make the contract.</source>
        <translation>尚无合同。请将受理申请的评审定稿，然后选择“生成认证合同”。</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <source>new contract</source>
        <translation>新合同</translation>
    </message>
    <message>
        <source>Save the contract (Ctrl+S)</source>
        <translation>保存合同（Ctrl+S）</translation>
    </message>
    <message>
        <source>The contract “%1” has changes that are not saved yet. Save them?</source>
        <translation>合同“%1”有尚未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Add contract “%1”</source>
        <translation>添加合同“%1”</translation>
    </message>
    <message>
        <source>Edit contract “%1”</source>
        <translation>编辑合同“%1”</translation>
    </message>
    <message>
        <source>The contract could not be read: %1</source>
        <translation>无法读取该合同：%1</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>认证申请：</translation>
    </message>
    <message>
        <source>&amp;Client (party):</source>
        <translation>认证委托人（合同方）(&amp;C)：</translation>
    </message>
    <message>
        <source>Certification &amp;body (party):</source>
        <translation>认证机构（合同方）(&amp;B)：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Audit time (from the review):</source>
        <translation>审核时间（来自申请评审）：</translation>
    </message>
    <message>
        <source>Remar&amp;ks:</source>
        <translation>备注(&amp;K)：</translation>
    </message>
    <message>
        <source>The body&apos;s name (Settings → Numbering holds the usual one)</source>
        <translation>本机构名称（常用名称在“设置 → 编号”中设定）</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>金额（CNY）</translation>
    </message>
    <message>
        <source>Add fee item</source>
        <translation>添加收费项目</translation>
    </message>
    <message>
        <source>Remove fee item</source>
        <translation>删除收费项目</translation>
    </message>
    <message>
        <source>In yuan, e.g. 36,000.00</source>
        <translation>单位：元，例如 36,000.00</translation>
    </message>
    <message>
        <source>The body:</source>
        <translation>本机构：</translation>
    </message>
    <message>
        <source>The client:</source>
        <translation>认证委托人：</translation>
    </message>
    <message>
        <source>Sign the contract…</source>
        <translation>签订合同…</translation>
    </message>
    <message>
        <source>Records the signing date; the contract is read only from then on</source>
        <translation>记录签订日期；此后合同为只读</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>终止…</translation>
    </message>
    <message>
        <source>Amend: new version</source>
        <translation>变更：新版本</translation>
    </message>
    <message>
        <source>A signed contract is changed by an amendment: a new version naming this one</source>
        <translation>已签订的合同通过补充协议变更：生成引用本版本的新版本</translation>
    </message>
    <message>
        <source>Fees (%1)</source>
        <translation>费用（%1）</translation>
    </message>
    <message>
        <source>Duties (%1 of %2)</source>
        <translation>责任（%1/%2）</translation>
    </message>
    <message>
        <source>Contract %1 v%2 — %3 (%4)</source>
        <translation>合同 %1 第 %2 版 — %3（%4）</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1于 %2</translation>
    </message>
    <message>
        <source>; terminated on %1: %2</source>
        <translation>；于 %1 终止：%2</translation>
    </message>
    <message>
        <source>%1 effective personnel; %2 (stage 1 %3, stage 2 %4; on site %5); surveillance %6, recertification %7</source>
        <translation>有效人数 %1；%2（第一阶段 %3，第二阶段 %4；现场 %5）；监督审核 %6，再认证 %7</translation>
    </message>
    <message>
        <source>none kept</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>“%1” is not an amount in yuan; enter one such as 36,000.00.</source>
        <translation>“%1”不是有效的金额（元）；请输入例如 36,000.00 的金额。</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Total: %1 (an amount is not a number yet)</source>
        <translation>合计：%1（有金额尚不是有效数字）</translation>
    </message>
    <message>
        <source>Sign contract “%1”</source>
        <translation>签订合同“%1”</translation>
    </message>
    <message>
        <source>Terminate contract “%1”</source>
        <translation>终止合同“%1”</translation>
    </message>
    <message>
        <source>Amend contract “%1”</source>
        <translation>变更合同“%1”</translation>
    </message>
    <message>
        <source>Sign the contract</source>
        <translation>签订合同</translation>
    </message>
    <message>
        <source>The date both parties signed %1. The contract is read only from then on; a change is an amendment.</source>
        <translation>双方签订 %1 的日期。此后合同为只读；如需更改，须通过补充协议变更。</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>签订日期：</translation>
    </message>
    <message>
        <source>Terminate the contract</source>
        <translation>终止合同</translation>
    </message>
    <message>
        <source>The contract %1 ends today and is kept as a record.

Reason:</source>
        <translation>合同 %1 于今日终止，并作为记录保留。

原因：</translation>
    </message>
</context>
<context>
    <name>ContractListModel</name>
    <message>
        <source>%1, amended by a later version</source>
        <translation>%1，已被后续版本变更</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>认证申请</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>认证委托人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Total fee</source>
        <translation>费用合计</translation>
    </message>
    <message>
        <source>The contract list could not be read: %1</source>
        <translation>无法读取合同列表：%1</translation>
    </message>
</context>
<context>
    <name>ContractReport</name>
    <message>
        <source>Certification contract</source>
        <translation>认证合同</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · 第 %2 版</translation>
    </message>
    <message>
        <source>1 Contract</source>
        <translation>1 合同</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 第 %2 版</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Amends</source>
        <translation>变更的合同</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>认证委托人</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>认证机构</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>认证申请</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>认证依据</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>认证范围</translation>
    </message>
    <message>
        <source>Scope classes</source>
        <translation>专业类别</translation>
    </message>
    <message>
        <source>2 Audit time</source>
        <translation>2 审核时间</translation>
    </message>
    <message>
        <source>Stage 1 / stage 2</source>
        <translation>第一阶段 / 第二阶段</translation>
    </message>
    <message>
        <source>Each surveillance</source>
        <translation>每次监督审核</translation>
    </message>
    <message>
        <source>Recertification</source>
        <translation>再认证</translation>
    </message>
    <message>
        <source>Not carried from a review.</source>
        <translation>未从申请评审带入。</translation>
    </message>
    <message>
        <source>3 Fees</source>
        <translation>3 费用</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>4 Duties of the parties (rules 5.3.2)</source>
        <translation>4 双方的责任（规则 5.3.2）</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>认证机构</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>认证委托人</translation>
    </message>
    <message>
        <source>✓ acknowledged</source>
        <translation>✓ 已确认</translation>
    </message>
    <message>
        <source>✗ not acknowledged</source>
        <translation>✗ 未确认</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>一方</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>责任</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>5 Notes</source>
        <translation>5 备注</translation>
    </message>
    <message>
        <source>For the client</source>
        <translation>认证委托人</translation>
    </message>
    <message>
        <source>For the certification body</source>
        <translation>认证机构</translation>
    </message>
    <message>
        <source>Signature and seal</source>
        <translation>签字盖章</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>There is no contract %1.</source>
        <translation>不存在编号为 %1 的合同。</translation>
    </message>
</context>
<context>
    <name>ContractRepository</name>
    <message>
        <source>A contract is made from a finalised review that accepted the application.</source>
        <translation>合同须由已定稿且受理该申请的评审生成。</translation>
    </message>
    <message>
        <source>A signed contract is not changed: amend it (a new version naming this one).</source>
        <translation>已签订的合同不能修改：请进行变更（生成引用本版本的新版本）。</translation>
    </message>
    <message>
        <source>The contract was not saved: %1</source>
        <translation>合同未保存：%1</translation>
    </message>
    <message>
        <source>The contract could not be saved, and nothing was changed: %1</source>
        <translation>无法保存合同，未做任何更改：%1</translation>
    </message>
    <message>
        <source>This review is superseded by a correction; make the contract from the current review.</source>
        <translation>该评审已被更正替代；请根据当前评审生成合同。</translation>
    </message>
    <message>
        <source>The application has a contract already; amend it instead.</source>
        <translation>该认证申请已有合同；请改为变更该合同。</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>该认证申请已不存在。</translation>
    </message>
    <message>
        <source>The contract could not be made, and nothing was changed: %1</source>
        <translation>无法生成合同，未做任何更改：%1</translation>
    </message>
    <message>
        <source>The contract no longer exists; the list was out of date.</source>
        <translation>该合同已不存在；列表已过时。</translation>
    </message>
    <message>
        <source>Only a draft is signed; this contract is %1.</source>
        <translation>只有草稿才能签订；该合同的状态为%1。</translation>
    </message>
    <message>
        <source>The contract was not signed: %1</source>
        <translation>合同未签订：%1</translation>
    </message>
    <message>
        <source>Only a signed contract is terminated; a draft is deleted instead.</source>
        <translation>只有已签订的合同才能终止；草稿应直接删除。</translation>
    </message>
    <message>
        <source>Give the date (not before the signing) and the reason of the termination.</source>
        <translation>请填写终止日期（不得早于签订日期）和终止原因。</translation>
    </message>
    <message>
        <source>The contract could not be changed, and nothing was changed: %1</source>
        <translation>无法更改合同，未做任何更改：%1</translation>
    </message>
    <message>
        <source>Only a signed contract is amended; a draft is simply edited.</source>
        <translation>只有已签订的合同才需变更；草稿可直接编辑。</translation>
    </message>
    <message>
        <source>This version is amended already; amend the latest version.</source>
        <translation>此版本已被变更；请变更最新版本。</translation>
    </message>
    <message>
        <source>The amendment could not be started, and nothing was changed: %1</source>
        <translation>无法开始变更，未做任何更改：%1</translation>
    </message>
    <message>
        <source>A signed contract is a record and is kept; terminate or amend it instead.</source>
        <translation>已签订的合同是记录，须予保留；请改为终止或变更。</translation>
    </message>
    <message>
        <source>The contract could not be deleted, and nothing was changed: %1</source>
        <translation>无法删除合同，未做任何更改：%1</translation>
    </message>
</context>
<context>
    <name>ContractRules</name>
    <message>
        <source>signed</source>
        <translation>已签订</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>A contract is made from an accepted review.</source>
        <translation>合同须由受理申请的评审生成。</translation>
    </message>
    <message>
        <source>Name the party as it signs the contract.</source>
        <translation>请按签订合同时使用的名称填写合同方。</translation>
    </message>
    <message>
        <source>Say what the fee is for.</source>
        <translation>请说明该项费用的用途。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>“%1” is not a duty of the rules, or is ticked twice.</source>
        <translation>“%1”不是规则规定的责任，或被重复勾选。</translation>
    </message>
    <message>
        <source>Enter the date the contract was signed.</source>
        <translation>请输入合同的签订日期。</translation>
    </message>
    <message>
        <source>A contract is signed after the application was accepted (%1), not before (5.3.1).</source>
        <translation>合同应在申请受理（%1）之后签订，不得早于受理（5.3.1）。</translation>
    </message>
    <message>
        <source>A contract cannot be signed in the future.</source>
        <translation>合同签订日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Enter the fee items before signing.</source>
        <translation>签订前请填写收费项目。</translation>
    </message>
    <message>
        <source>Every duty of 5.3.2 and 5.3.3 is acknowledged before signing; not yet: %1.</source>
        <translation>签订前须确认 5.3.2 和 5.3.3 的每项责任；尚未确认：%1。</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Contracts</source>
        <translation>认证合同</translation>
    </message>
    <message>
        <source>Certification contracts: fees, duties, signing and amendments</source>
        <translation>认证合同：费用、责任、签订和变更</translation>
    </message>
    <message>
        <source>Filter by contract, application or client (Ctrl+F)</source>
        <translation>按合同、认证申请或认证委托人筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Every word typed must appear in the contract&apos;s or the application&apos;s number or the client&apos;s name.</source>
        <translation>输入的每个词都须出现在合同编号、认证申请编号或认证委托人名称中。</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <source>A contract is made from an accepted review on the Reviews page</source>
        <translation>合同在“申请评审”页面由受理申请的评审生成</translation>
    </message>
    <message>
        <source>Delete the selected contract (only a draft)</source>
        <translation>删除所选合同（仅限草稿）</translation>
    </message>
    <message>
        <source>Delete contract</source>
        <translation>删除合同</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: %2</source>
        <translation>无法删除“%1”：%2</translation>
    </message>
    <message>
        <source>Delete the draft contract “%1”?

You can bring it back with Edit → Undo.</source>
        <translation>删除合同草稿“%1”吗？

可以用“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>Delete contract “%1”</source>
        <translation>删除合同“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln 份合同</numerusform>
        </translation>
    </message>
    <message>
        <source>a signed contract is a record; terminate or amend it instead</source>
        <translation>已签订的合同是记录；请改为终止或变更</translation>
    </message>
    <message>
        <source>contract-%1.pdf</source>
        <translation>认证合同-%1.pdf</translation>
    </message>
</context>
<context>
    <name>ControlTableModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Catalogue ID of the control</source>
        <translation>控制措施在目录中的编号</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <source>ISO/IEC 27017 adds cloud-specific guidance</source>
        <translation>ISO/IEC 27017 对此提供了云服务专用指南</translation>
    </message>
    <message>
        <source>Cloud guidance</source>
        <translation>云服务指南</translation>
    </message>
    <message>
        <source>Extended control set of ISO/IEC 27017 (CLD)</source>
        <translation>ISO/IEC 27017 扩展控制集（CLD）</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>扩展控制</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>stage 1 and 2</source>
        <translation>第一阶段和第二阶段审核</translation>
    </message>
    <message>
        <source>the surveillances</source>
        <translation>各次监督审核</translation>
    </message>
    <message>
        <source>the recertification</source>
        <translation>再认证审核</translation>
    </message>
    <message>
        <source>%1 %2 (clause %3)</source>
        <translation>%1 %2（条款 %3）</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 covers %2</source>
        <translation>%1 覆盖 %2</translation>
    </message>
    <message>
        <source>%1 does not cover %2</source>
        <translation>%1 未覆盖 %2</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>控制措施</translation>
    </message>
    <message>
        <source>Not covered by</source>
        <translation>未覆盖该项的审核</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>Enter the 18-character unified social credit code.</source>
        <translation>请填写 18 位统一社会信用代码。</translation>
    </message>
    <message>
        <source>The credit code has %1 characters; it must have exactly 18.</source>
        <translation>信用代码有 %1 位；必须正好是 18 位。</translation>
    </message>
    <message>
        <source>The credit code may only contain digits and capital letters other than I, O, S, V and Z.</source>
        <translation>信用代码只能包含数字和大写字母（不含 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <source>The check character (the last one) does not match: with these first 17 characters it should be %1. Check the code for a typing error.</source>
        <translation>校验码（最后一位）不符：按前 17 位计算应为 %1。请检查代码是否输错。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: a quoted field is not closed; add the missing &quot; and import again.</source>
        <translation>第 %1 行：带引号的字段没有结束；请补上缺少的 &quot; 后重新导入。</translation>
    </message>
    <message>
        <source>Save it as “CSV UTF-8” in your spreadsheet program and import it again.</source>
        <translation>请在电子表格程序中将其另存为“CSV UTF-8”格式后重新导入。</translation>
    </message>
    <message>
        <source>the file is UTF-16 text with an odd number of bytes, so its end is cut off. %1</source>
        <translation>该文件是 UTF-16 文本，但字节数为奇数，结尾不完整。%1</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 text (a character is broken). %1</source>
        <translation>该文件不是有效的 UTF-16 文本（有字符损坏）。%1</translation>
    </message>
    <message>
        <source>line %1: the file holds a NUL character; it is not a text file. %2</source>
        <translation>第 %1 行：文件包含 NUL 字符，不是文本文件。%2</translation>
    </message>
    <message>
        <source>line %1: the file holds NUL bytes, so it is not a CSV text file. %2</source>
        <translation>第 %1 行：文件包含 NUL 字节，因此不是 CSV 文本文件。%2</translation>
    </message>
    <message>
        <source>line %1: the file says it is UTF-8 but holds bytes that are not (%2). %3</source>
        <translation>第 %1 行：文件标明为 UTF-8，却含有不符合 UTF-8 的字节（%2）。%3</translation>
    </message>
    <message>
        <source>line %1: the text is neither UTF-8 nor GB18030 (bytes %2); it may be in another encoding such as Latin-1. %3</source>
        <translation>第 %1 行：文本既不是 UTF-8 也不是 GB18030（字节 %2）；可能是 Latin-1 等其他编码。%3</translation>
    </message>
    <message>
        <source>line %1: the file mixes encodings — line %2 is UTF-8, line %1 is not. %3</source>
        <translation>第 %1 行：文件混用了多种编码——第 %2 行是 UTF-8，第 %1 行不是。%3</translation>
    </message>
    <message>
        <source>line %1: the text is not UTF-8, and read as GB18030 it gives unlikely characters; it may be in another encoding such as Latin-1. %2</source>
        <translation>第 %1 行：文本不是 UTF-8，按 GB18030 读出的又是不太可能出现的生僻字；可能是 Latin-1 等其他编码。%2</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 does not exist. Check the path, or create it with “init”.</source>
        <translation>数据库 %1 不存在。请检查路径，或用“init”创建。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another location for the database.</source>
        <translation>无法创建文件夹 %1。请为数据库另选位置。</translation>
    </message>
    <message>
        <source>You cannot write to the folder %1, so the database cannot be created there. Choose a folder you can write to.</source>
        <translation>您无权写入文件夹 %1，因此不能在那里创建数据库。请选择一个可写的文件夹。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Choose a .sqlite file.</source>
        <translation>%1 是文件夹，不是数据库文件。请选择 .sqlite 文件。</translation>
    </message>
    <message>
        <source>The file %1 is not a CSISMS Desk database (it is not a SQLite database). Nothing was changed. Open a .sqlite file made by CSISMS Desk, or create a new database.</source>
        <translation>文件 %1 不是 CSISMS Desk 数据库（不是 SQLite 数据库）。未做任何更改。请打开由 CSISMS Desk 创建的 .sqlite 文件，或新建数据库。</translation>
    </message>
    <message>
        <source>The database %1 is read-only for you. Nothing was changed. Copy it to a folder you can write to, or ask for write permission, then open it again.</source>
        <translation>数据库 %1 对您是只读的。未做任何更改。请把它复制到可写的文件夹，或申请写权限，然后重新打开。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Nothing was changed. Restore it from your last backup, or ask your administrator for help.</source>
        <translation>数据库 %1 已损坏（%2）。未做任何更改。请用最近的备份恢复，或向管理员求助。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of CSISMS Desk (schema %2; this program knows up to %3). Nothing was changed. Install the newer version to open it.</source>
        <translation>数据库 %1 由更新版本的 CSISMS Desk 写入（结构版本 %2；本程序最高支持 %3）。未做任何更改。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>Before upgrading %1 a safety copy must be written, and that failed: %2. Nothing was changed. Free some disk space and try again.</source>
        <translation>升级 %1 之前必须先写一份安全副本，但写入失败：%2。未做任何更改。请释放磁盘空间后重试。</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded: %2. It was left at its previous version.</source>
        <translation>数据库 %1 无法升级：%2。它仍保持原来的版本。</translation>
    </message>
    <message>
        <source>migration %1 cannot be read</source>
        <translation>无法读取迁移脚本 %1</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>没有打开的数据库</translation>
    </message>
    <message>
        <source>the backup cannot replace the open database itself</source>
        <translation>备份不能覆盖正在使用的数据库本身</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>the existing file %1 cannot be replaced</source>
        <translation>无法替换已有文件 %1</translation>
    </message>
    <message>
        <source>the backup cannot be written to %1</source>
        <translation>备份无法写入 %1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a record of %3 that does not exist.</source>
        <translation>表 %2 的第 %1 行引用了 %3 中不存在的记录。</translation>
    </message>
    <message>
        <source>The file %1 is empty, so it is not a CSISMS Desk database. Nothing was changed. Open a database made by CSISMS Desk, or make this file one with “init”.</source>
        <translation>文件 %1 是空的，因此不是 CSISMS Desk 数据库。未做任何更改。请打开由 CSISMS Desk 创建的数据库，或用“init”把此文件初始化为数据库。</translation>
    </message>
    <message>
        <source>The file %1 is a SQLite database of another program, not a CSISMS Desk database. Nothing was changed. Open a database made by CSISMS Desk, or create a new one in another file.</source>
        <translation>文件 %1 是其他程序的 SQLite 数据库，不是 CSISMS Desk 数据库。未做任何更改。请打开由 CSISMS Desk 创建的数据库，或在另一个文件中新建数据库。</translation>
    </message>
    <message>
        <source>The database %1 is a CSISMS Desk database whose structure was changed outside the application: %2. Nothing was changed. Restore it from your last backup, or ask your administrator for help.</source>
        <translation>数据库 %1 是 CSISMS Desk 数据库，但其结构在本程序之外被改动过：%2。未做任何更改。请从最近的备份恢复，或向管理员求助。</translation>
    </message>
    <message>
        <source>The database %1 is in use: another program has been writing to it for a while. Nothing was changed. Try again in a moment.</source>
        <translation>数据库 %1 正在使用中：另一个程序已持续写入一段时间。未做任何更改。请稍后重试。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check its permissions.</source>
        <translation>无法读取文件 %1。请检查其权限。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Nothing was changed. Check the file, or ask your administrator for help.</source>
        <translation>无法读取文件 %1（%2）。未做任何更改。请检查该文件，或向管理员求助。</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2; this program needs %3. Nothing was changed. Run “csisms --db FILE init” to upgrade it (a copy of the old file is kept).</source>
        <translation>数据库 %1 的结构版本为 %2；本程序需要 %3。未做任何更改。请运行“csisms --db 文件 init”进行升级（会保留旧文件的副本）。</translation>
    </message>
    <message>
        <source>The database %1 could not be created: %2.</source>
        <translation>无法创建数据库 %1：%2。</translation>
    </message>
    <message>
        <source>The database %1 cannot be created there. Choose a folder you can write to.</source>
        <translation>无法在该位置创建数据库 %1。请选择一个可写的文件夹。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket), so it cannot be a database. Nothing was changed. Choose a .sqlite file.</source>
        <translation>%1 不是普通文件（而是设备、管道或套接字），因此不可能是数据库。未做任何更改。请选择 .sqlite 文件。</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>数据库文件已损坏：%1</translation>
    </message>
    <message>
        <source>Part of the database could not be checked: %1</source>
        <translation>数据库有一部分无法检查：%1</translation>
    </message>
    <message>
        <source>%1 refers to a record (%2) that does not exist.</source>
        <translation>%1 引用了不存在的记录（%2）。</translation>
    </message>
    <message>
        <source>%1 has an invalid credit code %2: %3</source>
        <translation>%1 的统一社会信用代码 %2 无效：%3</translation>
    </message>
    <message>
        <source>Audit programme of %1: %2</source>
        <translation>%1的审核方案：%2</translation>
    </message>
    <message>
        <source>Audit programme of %1, %2: the %3 against %4 was due for correction by %5 and is not accepted.</source>
        <translation>%1的审核方案，%2：针对 %4 的%3 应于 %5 前完成纠正，但尚未被接受。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Certificate %1 of %2 is stored as %3, but its events make it %4.</source>
        <translation>%2 的证书 %1 存储状态为“%3”，但根据其事件应为“%4”。</translation>
    </message>
    <message>
        <source>The records of %1 were to be kept until %2; that day has passed, and the dossier may be disposed of under the body&apos;s procedure.</source>
        <translation>%1 的记录应保存至 %2；该日期已过，可按本机构的程序处置该档案。</translation>
    </message>
</context>
<context>
    <name>DatabaseProbe</name>
    <message>
        <source>the file is shorter than a database header</source>
        <translation>文件比数据库文件头还短</translation>
    </message>
    <message>
        <source>a program stopped while writing it: the -journal file beside it holds an unfinished write, which only a program that may write the file can undo</source>
        <translation>有程序在写入时中断：旁边的 -journal 文件中留有未完成的写入，只有可写入该文件的程序才能撤销它</translation>
    </message>
</context>
<context>
    <name>DateFactInput</name>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>on</source>
        <translation>于</translation>
    </message>
    <message>
        <source>rectified</source>
        <translation>已整改</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Certification decision — %1</source>
        <translation>认证决定 — %1</translation>
    </message>
    <message>
        <source>Re&amp;fuse certification</source>
        <translation>不予认证(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Grant certification</source>
        <translation>批准认证(&amp;G)</translation>
    </message>
    <message>
        <source>%1: %2, %3 to %4</source>
        <translation>%1：%2，%3 至 %4</translation>
    </message>
    <message>
        <source>No audit the decision rests on is recorded.</source>
        <translation>尚无可作为认证决定依据的审核记录。</translation>
    </message>
    <message>
        <source>The decision rests on:
%1
Open: %2 major and %3 minor nonconformities; %4 observations.</source>
        <translation>认证决定依据：
%1
未关闭：严重不符合 %2 项，一般不符合 %3 项；观察项 %4 项。</translation>
    </message>
    <message>
        <source>Decision-maker: %1 (%2)</source>
        <translation>认证决定人员：%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>决定日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Rea&amp;sons:</source>
        <translation>理由(&amp;S)：</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>决定：</translation>
    </message>
    <message>
        <source>A grant issues the certificate at once, numbered by the pattern in Settings. The decision is a record: it is not undone, and the programme keeps it.</source>
        <translation>批准认证后将立即颁发证书，证书编号按“设置”中的格式生成。认证决定是一项记录：一经作出不可更改，并保存在审核方案中。</translation>
    </message>
    <message>
        <source>Grant and issue</source>
        <translation>批准并颁发证书</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不予认证</translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message>
        <source>This cycle has its certification decision already; a cycle is decided once.</source>
        <translation>本认证周期已作出认证决定；每个认证周期只作一次认证决定。</translation>
    </message>
    <message>
        <source>%1 is a %2; only a decision-maker takes certification decisions. Choose the profile of a decision-maker.</source>
        <translation>%1 的角色为%2；只有认证决定人员才能作出认证决定。请选择认证决定人员的用户档案。</translation>
    </message>
    <message>
        <source>the %1 audit</source>
        <translation>%1审核</translation>
    </message>
    <message>
        <source>%1 is on the team of %2; nobody on an audit team of the cycle takes its certification decision (ISO/IEC 17021-1). Another decision-maker decides.</source>
        <translation>%1 是%2的审核组成员；本认证周期任一审核组的成员均不得作出该周期的认证决定（ISO/IEC 17021-1）。请由其他认证决定人员作出决定。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The programme has no stage 2 audit done; the decision rests on stage 1 and stage 2.</source>
        <translation>审核方案中尚无已完成的第二阶段审核；认证决定须以第一阶段和第二阶段审核为依据。</translation>
    </message>
    <message>
        <source>No recertification audit of the previous cycle is done; the decision rests on it.</source>
        <translation>上一认证周期的再认证审核尚未完成；认证决定须以该审核为依据。</translation>
    </message>
    <message>
        <source>The %1 is not done yet (it is %2); the decision rests on it.</source>
        <translation>%1尚未完成（当前状态：%2）；认证决定须以该审核为依据。</translation>
    </message>
    <message>
        <source>Enter the date of the decision.</source>
        <translation>请输入认证决定日期。</translation>
    </message>
    <message>
        <source>The decision is dated before the last audit it rests on ended (%1).</source>
        <translation>认证决定日期早于其所依据的最后一次审核的结束日期（%1）。</translation>
    </message>
    <message>
        <source>The decision is dated %1, after today; record it when it is taken.</source>
        <translation>认证决定日期为 %1，晚于今天；请在作出决定后再记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n major nonconformity(s) not verified closed; certification is granted only when every one is.</source>
        <translation>
            <numerusform>%n 项严重不符合尚未验证关闭；只有全部严重不符合均已验证关闭后方可批准认证。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor nonconformity(s) without an accepted corrective-action plan; certification is granted only when every one has one.</source>
        <translation>
            <numerusform>%n 项一般不符合尚无已接受的纠正措施计划；只有每项一般不符合的纠正措施计划均已被接受后方可批准认证。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the reasons for refusing certification; the client is told them.</source>
        <translation>请填写不予认证的理由；该理由将告知认证委托人。</translation>
    </message>
    <message>
        <source>Reasons %1</source>
        <translation>理由 %1</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo data could not be written, and nothing was stored: %1</source>
        <translation>演示数据未能写入，未保存任何内容：%1</translation>
    </message>
</context>
<context>
    <name>DossierImportDialog</name>
    <message>
        <source>Import client dossier</source>
        <translation>导入认证委托人档案</translation>
    </message>
    <message>
        <source>Bundle: %1</source>
        <translation>档案包：%1</translation>
    </message>
    <message>
        <source>Record / field</source>
        <translation>记录 / 字段</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>本数据库中</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>档案包中</translation>
    </message>
    <message>
        <source>Records that differ: tick those whose values are to be taken from the bundle</source>
        <translation>不同的记录：勾选要采用档案包中值的记录</translation>
    </message>
    <message>
        <source>Records new here: added</source>
        <translation>本库没有的记录：将新增</translation>
    </message>
    <message>
        <source>%1 (referred to by the dossier)</source>
        <translation>%1（档案所引用）</translation>
    </message>
    <message>
        <source>%1 — take the bundle&apos;s</source>
        <translation>%1 — 采用档案包的值</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>修改于 %1</translation>
    </message>
    <message>
        <source>&amp;Take all from the bundle</source>
        <translation>全部采用档案包(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keep all as here</source>
        <translation>全部保留本库(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>The dossier of %1, a client this database has.</source>
        <translation>%1 的档案，本数据库已有此认证委托人。</translation>
    </message>
    <message>
        <source>The dossier of %1, a client new to this database: all its records are added.</source>
        <translation>%1 的档案，本数据库尚无此认证委托人：其全部记录将新增。</translation>
    </message>
    <message>
        <source>%1 records are added, %2 differ (%3 to be taken from the bundle, the others kept as they are here), %4 are the same, and %5 exist only here and are kept. %6 change-log entries of the other database are kept with the dossier.</source>
        <translation>新增 %1 条记录，%2 条不同（其中 %3 条采用档案包的值，其余保持本库的值），%4 条相同，%5 条仅在本库并予保留。另一数据库的 %6 条变更日志条目随档案保存。</translation>
    </message>
</context>
<context>
    <name>DossierMerge</name>
    <message>
        <source>The bundle changed while it was being read (“%1”); nothing was written.</source>
        <translation>读取档案包时它被更改了（“%1”）；未写入任何内容。</translation>
    </message>
    <message>
        <source>The bundle is refused: “%1” is not a table of records.</source>
        <translation>档案包被拒绝：“%1”不是记录表。</translation>
    </message>
    <message>
        <source>The bundle is refused: a row of %1 does not have %2 values.</source>
        <translation>档案包被拒绝：%1 的某一行没有 %2 个值。</translation>
    </message>
    <message>
        <source>The bundle is refused: a row of %1 holds a value this format does not have.</source>
        <translation>档案包被拒绝：%1 的某一行含有此格式中不存在的值。</translation>
    </message>
    <message>
        <source>The bundle is refused: its change log does not have the columns of this schema.</source>
        <translation>档案包被拒绝：其变更日志的列与本数据库结构不符。</translation>
    </message>
    <message>
        <source>The bundle is refused: entry %1 of its change log does not match its hash: the log was changed.</source>
        <translation>档案包被拒绝：其变更日志第 %1 条与其哈希不符：日志被修改过。</translation>
    </message>
    <message>
        <source>This bundle holds a whole database, not one client&apos;s dossier: restore it into a new database (csisms --db NEW.sqlite import FILE.zip) instead.</source>
        <translation>此档案包是整个数据库，而不是一个认证委托人的档案：请将其恢复到新的数据库（csisms --db 新文件.sqlite import 文件.zip）。</translation>
    </message>
    <message>
        <source>The bundle is refused: its manifest does not say which database it comes from.</source>
        <translation>档案包被拒绝：其清单未说明来自哪个数据库。</translation>
    </message>
    <message>
        <source>The bundle is refused: “data/%1.json” does not hold the table %1 as this schema has it.</source>
        <translation>档案包被拒绝：“data/%1.json”中的表 %1 与本数据库结构不符。</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message>
        <source>The database changed after the dossier was compared with it; nothing was written. Import the dossier again to see the differences as they are now.</source>
        <translation>比较档案之后数据库已被更改；未写入任何内容。请重新导入档案，查看当前的差异。</translation>
    </message>
    <message>
        <source>The dossier refers to records this database does not have; nothing was written.</source>
        <translation>档案引用了本数据库中没有的记录；未写入任何内容。</translation>
    </message>
    <message>
        <source>The dossier could not be written, and nothing was changed: %1</source>
        <translation>无法写入档案，未作任何更改：%1</translation>
    </message>
    <message>
        <source>(a record new here)</source>
        <translation>（本库新增的记录）</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation>
            <numerusform>（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle is refused: a record of %1 refers to a record of %2 (#%3) that it does not hold.</source>
        <translation>档案包被拒绝：%1 的一条记录引用了档案包中没有的 %2 记录（#%3）。</translation>
    </message>
    <message>
        <source>The bundle is refused: a client&apos;s dossier holds exactly one client, this one holds %1.</source>
        <translation>档案包被拒绝：一个认证委托人的档案应恰好包含一个认证委托人，此档案包含 %1 个。</translation>
    </message>
    <message>
        <source>The dossier cannot be imported: its %1 has the same %2 as %3 here, which belongs to another client. Change one of them first.</source>
        <translation>无法导入档案：其中的%1与本库中属于另一认证委托人的%3具有相同的%2。请先修改其中之一。</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>Audit due</source>
        <translation>审核到期</translation>
    </message>
    <message>
        <source>Window closing</source>
        <translation>时间窗口即将结束</translation>
    </message>
    <message>
        <source>Window missed</source>
        <translation>已错过时间窗口</translation>
    </message>
    <message>
        <source>Correction due</source>
        <translation>纠正到期</translation>
    </message>
    <message>
        <source>Correction overdue</source>
        <translation>纠正逾期</translation>
    </message>
    <message>
        <source>Decision waiting</source>
        <translation>待作认证决定</translation>
    </message>
    <message>
        <source>Suspension limit</source>
        <translation>暂停期限</translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation>证书即将过期失效</translation>
    </message>
    <message>
        <source>Contract unsigned</source>
        <translation>合同未签订</translation>
    </message>
    <message>
        <source>Registration expiring</source>
        <translation>注册即将到期</translation>
    </message>
    <message>
        <source>Planned to end on %1 and not recorded as done: record it, or cancel and plan it again.</source>
        <translation>计划于 %1 结束，但尚未记录为已完成：请予以记录，或取消后重新安排。</translation>
    </message>
    <message>
        <source>Confirmed, %1 to %2.</source>
        <translation>已确认，%1 至 %2。</translation>
    </message>
    <message>
        <source>Planned for %1 to %2 and not confirmed with the client yet.</source>
        <translation>计划于 %1 至 %2 实施，尚未与认证委托人确认。</translation>
    </message>
    <message>
        <source>The rules allowed it up to %1; it is not done.</source>
        <translation>规则允许的时间窗口截至 %1；该审核尚未完成。</translation>
    </message>
    <message>
        <source>The rules allow it up to %1; it is planned to end on %2.</source>
        <translation>规则允许的时间窗口截至 %1；该审核计划于 %2 结束。</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1（针对 %2）</translation>
    </message>
    <message>
        <source>Raised at the %1 on %2; its correction was to be verified by %3 (F-correction).</source>
        <translation>于 %2 在%1中提出；其纠正应于 %3 前完成验证（F-correction）。</translation>
    </message>
    <message>
        <source>Raised at the %1 on %2; a corrective-action plan was to be accepted by %3 (F-correction).</source>
        <translation>于 %2 在%1中提出；其纠正措施计划应于 %3 前获得接受（F-correction）。</translation>
    </message>
    <message>
        <source>Raised at the %1 on %2; due by %3.</source>
        <translation>于 %2 在%1中提出；%3 到期。</translation>
    </message>
    <message>
        <source>The audits the decision rests on are done; the decision is planned for %1.</source>
        <translation>认证决定所依据的审核已完成；认证决定计划于 %1 作出。</translation>
    </message>
    <message>
        <source>Suspended since %1; restore or withdraw it by %2 (C-suspend-max).</source>
        <translation>自 %1 起暂停；应于 %2 前恢复或撤销（C-suspend-max）。</translation>
    </message>
    <message>
        <source>Expired on %1 with no recertification planned: record its expiry.</source>
        <translation>已于 %1 过期失效，且未安排再认证：请记录其过期失效。</translation>
    </message>
    <message>
        <source>Expires on %1 and no recertification audit is planned.</source>
        <translation>有效期截止于 %1，且尚未安排再认证审核。</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 第 %2 版</translation>
    </message>
    <message>
        <source>An audit of this client is planned for %1 and the contract is not signed (5.3.1).</source>
        <translation>已计划于 %1 对该认证委托人实施审核，但认证合同尚未签订（5.3.1）。</translation>
    </message>
    <message>
        <source>The registration expired on %1; the auditor may not audit until it is renewed (A-4.2).</source>
        <translation>注册已于 %1 到期；再注册之前，该审核员不得实施审核（A-4.2）。</translation>
    </message>
    <message>
        <source>The registration expires on %1 (A-4.2).</source>
        <translation>注册将于 %1 到期（A-4.2）。</translation>
    </message>
    <message>
        <source>Under way, %1 to %2: record it as done when it ends.</source>
        <translation>正在进行（%1 至 %2）：审核结束后请记录为已完成。</translation>
    </message>
    <message>
        <source>The rules allow it up to %1, but it is planned to end on %2: move it.</source>
        <translation>规则允许的时间窗口截至 %1，但该审核计划于 %2 结束：请调整日期。</translation>
    </message>
</context>
<context>
    <name>DueListModel</name>
    <message>
        <source>The list of what is due could not be read: %1</source>
        <translation>无法读取待办事项列表：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <comment>due item</comment>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <comment>due item</comment>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <comment>due item</comment>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <comment>due item tool tip: kind, subject, detail</comment>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>The day it is due, or was</source>
        <translation>到期日（或已逾期的原到期日）</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days from today; late ones are marked ⚠</source>
        <translation>距今天数；逾期项以 ⚠ 标示</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>到期的事项</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>The client, or for a registration the auditor</source>
        <translation>认证委托人；注册到期事项则为审核员</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>认证委托人</translation>
    </message>
    <message>
        <source>The audit, finding, certificate, contract or registration</source>
        <translation>审核、审核发现、证书、认证合同或注册</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Why it is due, and what to do</source>
        <translation>到期原因及处理办法</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <source>Read again: %1</source>
        <translation>已重新读取：%1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>What needs a person within the coming days, and what is late</source>
        <translation>未来几天内需要人员处理的事项，以及已逾期的事项</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <comment>due kinds</comment>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>due kind, count</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>未读取</translation>
    </message>
    <message numerus="yes">
        <source>%1 due within %n day(s), %2 late</source>
        <comment>due summary</comment>
        <translation>
            <numerusform>%n 天内到期 %1 项，逾期 %2 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 of %3 shown</source>
        <comment>due summary, filtered</comment>
        <translation>%1 — 已显示 %2 项，共 %3 项</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>within N days</comment>
        <translation>
            <numerusform>天</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Within</source>
        <comment>within N days</comment>
        <translation>未来(&amp;W)</translation>
    </message>
    <message>
        <source>List what is due from today to this many days ahead; what is late is always listed</source>
        <translation>列出从今天起至此天数内到期的事项；逾期事项始终列出</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <comment>which kind of due item</comment>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Only one kind of item, or all</source>
        <translation>仅显示某一类事项，或显示全部</translation>
    </message>
    <message>
        <source>Fi&amp;nd</source>
        <translation>查找(&amp;N)</translation>
    </message>
    <message>
        <source>Client, subject or detail (Ctrl+F)</source>
        <translation>认证委托人、对象或详情（Ctrl+F）</translation>
    </message>
    <message>
        <source>Every word typed must appear in the client&apos;s name, the subject or the detail.</source>
        <translation>输入的每个词都须出现在认证委托人名称、对象或详情中。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Compute the list again from the database (F5)</source>
        <translation>根据数据库重新计算列表（F5）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>due-%1-%2.pdf</source>
        <translation>待办事项-%1-%2.pdf</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>No registration number is recorded.</source>
        <translation>未登记注册号。</translation>
    </message>
    <message>
        <source>The validity dates of registration %1 are not recorded.</source>
        <translation>未登记注册 %1 的有效期。</translation>
    </message>
    <message>
        <source>The registration is valid only from %1, so it is not valid %2.</source>
        <translation>注册自 %1 起才有效，因此在 %2 无效。</translation>
    </message>
    <message>
        <source>The registration is valid until %1, so it is not valid %2.</source>
        <translation>注册有效期至 %1，因此在 %2 无效。</translation>
    </message>
    <message>
        <source>The body has not confirmed this auditor&apos;s qualification.</source>
        <translation>本机构尚未对该审核员进行资格确认。</translation>
    </message>
    <message>
        <source>The body confirmed the qualification only on %1, after the audit starts on %2.</source>
        <translation>本机构于 %1 才完成资格确认，晚于审核开始日期 %2。</translation>
    </message>
    <message>
        <source>No competence for scope class %1 is confirmed by the body.</source>
        <translation>本机构未确认其具备业务范围类别 %1 的专业能力。</translation>
    </message>
    <message>
        <source>The competence for scope class %1 is recorded but not confirmed by the body.</source>
        <translation>已登记业务范围类别 %1 的专业能力，但本机构尚未确认。</translation>
    </message>
    <message>
        <source>The competence for scope class %1 was confirmed only on %2, after the audit starts on %3.</source>
        <translation>业务范围类别 %1 的专业能力于 %2 才确认，晚于审核开始日期 %3。</translation>
    </message>
    <message numerus="yes">
        <source>Declared conflict of interest with this client: %1 from %2 to %3, within the look-back of %n month(s) before the audit.</source>
        <translation>
            <numerusform>已声明与该认证委托人存在利益冲突：%2 至 %3 的%1关系，在审核前 %n 个月的回溯期内。</numerusform>
        </translation>
    </message>
    <message>
        <source>Declared conflict of interest with this client: %1 since %2, still ongoing.</source>
        <translation>已声明与该认证委托人存在利益冲突：自 %2 起的%1关系，目前仍在持续。</translation>
    </message>
    <message>
        <source>No signed impartiality statement is recorded.</source>
        <translation>未登记已签署的公正性声明。</translation>
    </message>
    <message>
        <source>The impartiality statement was signed only on %1, after the audit starts on %2.</source>
        <translation>公正性声明于 %1 才签署，晚于审核开始日期 %2。</translation>
    </message>
    <message>
        <source>No longer works for the body (marked inactive).</source>
        <translation>已不在本机构工作（已标记为停用）。</translation>
    </message>
    <message>
        <source>A technical expert supports an audit team but is not an auditor and does not count as one.</source>
        <translation>技术专家为审核组提供支持，但不是审核员，也不计为审核员。</translation>
    </message>
    <message>
        <source>The audit dates are incomplete or end before they start; enter the first and the last day.</source>
        <translation>审核日期不完整，或结束日期早于开始日期；请填写审核的第一天和最后一天。</translation>
    </message>
    <message>
        <source>The audit team has no members.</source>
        <translation>审核组没有成员。</translation>
    </message>
    <message>
        <source>The audit team has no auditor; technical experts cannot audit on their own.</source>
        <translation>审核组中没有审核员；技术专家不能单独实施审核。</translation>
    </message>
    <message>
        <source>No member may lead the team: it needs an auditor or senior auditor who meets every condition on every audit day.</source>
        <translation>没有成员可以担任审核组长：需要一名在每个审核日都满足全部条件的审核员或高级审核员。</translation>
    </message>
    <message>
        <source>No auditor of the team who meets every other condition has confirmed competence for scope class %1.</source>
        <translation>审核组中满足其他全部条件的审核员都没有经确认的业务范围类别 %1 专业能力。</translation>
    </message>
    <message>
        <source>%1: %2 hours of continuing education recorded for %3; the body&apos;s minimum is %4 hours a year.</source>
        <translation>%1：%3 年登记的继续教育为 %2 学时；本机构要求每年至少 %4 学时。</translation>
    </message>
    <message>
        <source>no registration (number and validity) is recorded; the auditor cannot be put on a team.</source>
        <translation>未登记注册信息（注册号和有效期）；不能将其安排进审核组。</translation>
    </message>
    <message>
        <source>the registration %1 expired on %2; record the renewal or mark the auditor inactive.</source>
        <translation>注册 %1 已于 %2 到期；请登记再注册信息，或将该审核员标记为停用。</translation>
    </message>
    <message>
        <source>the body has not confirmed the qualification.</source>
        <translation>本机构尚未进行资格确认。</translation>
    </message>
    <message>
        <source>no signed impartiality statement is recorded.</source>
        <translation>未登记已签署的公正性声明。</translation>
    </message>
</context>
<context>
    <name>EscapeKey</name>
    <message>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Discard the changes you have made here?</source>
        <translation>放弃您在这里所做的更改吗？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>client no. %1 (no longer in the register)</source>
        <translation>认证委托人 %1 号（已不在名录中）</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>注册证书编号</translation>
    </message>
    <message>
        <source>Registration level</source>
        <translation>注册级别</translation>
    </message>
    <message>
        <source>Registration valid from</source>
        <translation>注册有效期起</translation>
    </message>
    <message>
        <source>Registration valid to</source>
        <translation>注册有效期至</translation>
    </message>
    <message>
        <source>Qualification confirmed on</source>
        <translation>资格确认日期</translation>
    </message>
    <message>
        <source>Qualification confirmed by</source>
        <translation>资格确认人</translation>
    </message>
    <message>
        <source>Impartiality statement signed on</source>
        <translation>公正性声明签署日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>能力确认</translation>
    </message>
    <message>
        <source>Scope class</source>
        <translation>业务范围类别</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>继续教育</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hours (class hours)</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>认证委托人</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>法律实体</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>认证申请</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>认证申请编号</translation>
    </message>
    <message>
        <source>Type of certification</source>
        <translation>认证类型</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New to the body</source>
        <translation>首次向本机构申请</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Scope (Chinese)</source>
        <translation>认证范围（中文）</translation>
    </message>
    <message>
        <source>Scope (English)</source>
        <translation>认证范围（英文）</translation>
    </message>
    <message>
        <source>Personnel in scope</source>
        <translation>认证范围内人数</translation>
    </message>
    <message>
        <source>ISMS and CSISMS operating since (E3)</source>
        <translation>ISMS 和 CSISMS 运行起始日期（E3）</translation>
    </message>
    <message>
        <source>Legal person (E1)</source>
        <translation>法人资格（E1）</translation>
    </message>
    <message>
        <source>Evidence (E1)</source>
        <translation>证据（E1）</translation>
    </message>
    <message>
        <source>Administrative permits (E2)</source>
        <translation>行政许可（E2）</translation>
    </message>
    <message>
        <source>Evidence (E2)</source>
        <translation>证据（E2）</translation>
    </message>
    <message>
        <source>Former certificate suspended or withdrawn stated (E4)</source>
        <translation>原证书被暂停或撤销情况（E4）</translation>
    </message>
    <message>
        <source>Former certificate suspended or withdrawn on (E4)</source>
        <translation>原证书被暂停或撤销日期（E4）</translation>
    </message>
    <message>
        <source>Former body&apos;s qualification lost stated (E5)</source>
        <translation>原认证机构丧失资质情况（E5）</translation>
    </message>
    <message>
        <source>Former body&apos;s qualification lost on (E5)</source>
        <translation>原认证机构丧失资质日期（E5）</translation>
    </message>
    <message>
        <source>Ordered to suspend business (E6)</source>
        <translation>被责令停业整顿（E6）</translation>
    </message>
    <message>
        <source>On a dishonesty list (E7)</source>
        <translation>列入失信名单（E7）</translation>
    </message>
    <message>
        <source>Major incident stated (E8)</source>
        <translation>重大信息安全事件情况（E8）</translation>
    </message>
    <message>
        <source>Major incident on (E8)</source>
        <translation>重大信息安全事件日期（E8）</translation>
    </message>
    <message>
        <source>Failed spot check stated (E9)</source>
        <translation>国家监督抽查不合格情况（E9）</translation>
    </message>
    <message>
        <source>Failed spot check on (E9)</source>
        <translation>国家监督抽查不合格日期（E9）</translation>
    </message>
    <message>
        <source>Spot check rectified (E9)</source>
        <translation>抽查不合格已整改（E9）</translation>
    </message>
    <message>
        <source>Other conditions (E10)</source>
        <translation>其他条件（E10）</translation>
    </message>
    <message>
        <source>Evidence (E10)</source>
        <translation>证据（E10）</translation>
    </message>
    <message>
        <source>Scope class of an application</source>
        <translation>认证申请的业务范围类别</translation>
    </message>
    <message>
        <source>Site in scope</source>
        <translation>认证范围内的场所</translation>
    </message>
    <message>
        <source>Group doing identical activities</source>
        <translation>从事相同活动的人员组</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Outsourced process</source>
        <translation>外包过程</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>过程</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>How it is controlled</source>
        <translation>控制方式</translation>
    </message>
    <message>
        <source>Application document</source>
        <translation>申请文件</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>变更人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>认证合同</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>申请评审</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Amends contract</source>
        <translation>所变更的合同</translation>
    </message>
    <message>
        <source>Client (party)</source>
        <translation>认证委托人（合同方）</translation>
    </message>
    <message>
        <source>Certification body (party)</source>
        <translation>认证机构（合同方）</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Reason of termination</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>Effective personnel</source>
        <translation>有效人数</translation>
    </message>
    <message>
        <source>Table days</source>
        <translation>查表人日数</translation>
    </message>
    <message>
        <source>Adjusted days</source>
        <translation>调整后人日数</translation>
    </message>
    <message>
        <source>Stage 1 days</source>
        <translation>第一阶段人日数</translation>
    </message>
    <message>
        <source>Stage 2 days</source>
        <translation>第二阶段人日数</translation>
    </message>
    <message>
        <source>On-site days</source>
        <translation>现场人日数</translation>
    </message>
    <message>
        <source>Surveillance days</source>
        <translation>监督审核人日数</translation>
    </message>
    <message>
        <source>Recertification days</source>
        <translation>再认证人日数</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount (fen)</source>
        <translation>金额（分）</translation>
    </message>
    <message>
        <source>Application review</source>
        <translation>申请评审</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审员</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>评审日期</translation>
    </message>
    <message>
        <source>Audit planned from</source>
        <translation>计划审核开始日期</translation>
    </message>
    <message>
        <source>Audit planned to</source>
        <translation>计划审核结束日期</translation>
    </message>
    <message>
        <source>On-site share (%)</source>
        <translation>现场审核比例（%）</translation>
    </message>
    <message>
        <source>Stage 1 days set by the reviewer</source>
        <translation>评审员设定的第一阶段人日数</translation>
    </message>
    <message>
        <source>Table days set by the reviewer</source>
        <translation>评审员设定的查表人日数</translation>
    </message>
    <message>
        <source>The parties agree</source>
        <translation>双方达成一致</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>达成一致日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>评审结论</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Finalised on</source>
        <translation>定稿日期</translation>
    </message>
    <message>
        <source>Finalised by</source>
        <translation>定稿人</translation>
    </message>
    <message>
        <source>Supersedes review</source>
        <translation>所替代的评审</translation>
    </message>
    <message>
        <source>Audit-time adjustment</source>
        <translation>审核时间调整</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Duties acknowledged</source>
        <translation>已确认的责任</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>云服务</translation>
    </message>
    <message>
        <source>Typical</source>
        <translation>典型</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>审核方案</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>认证周期</translation>
    </message>
    <message>
        <source>Certification decision, planned</source>
        <translation>认证决定（计划）</translation>
    </message>
    <message>
        <source>Certification decision, recorded</source>
        <translation>认证决定（已记录）</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划结束</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>实际开始</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>实际结束</translation>
    </message>
    <message>
        <source>Auditor days</source>
        <translation>人日</translation>
    </message>
    <message>
        <source>Audit method</source>
        <translation>审核方式</translation>
    </message>
    <message>
        <source>All controls</source>
        <translation>全部控制措施</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>控制措施</translation>
    </message>
    <message>
        <source>Audit team member</source>
        <translation>审核组成员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Shift of an audit</source>
        <translation>审核的班次</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>Reason not covered</source>
        <translation>未覆盖的原因</translation>
    </message>
    <message>
        <source>Service sampled</source>
        <translation>抽样的服务</translation>
    </message>
    <message>
        <source>Site visited</source>
        <translation>访问的场所</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Certification decision</source>
        <translation>认证决定</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Scope classes</source>
        <translation>专业分类</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>颁证日期</translation>
    </message>
    <message>
        <source>First issued on</source>
        <translation>初次获证日期</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>有效期截止日期</translation>
    </message>
    <message>
        <source>Certificate event</source>
        <translation>证书事件</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Reverses</source>
        <translation>所撤回的事件</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Decision-maker</source>
        <translation>认证决定人员</translation>
    </message>
    <message>
        <source>Audit finding</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Correction due</source>
        <translation>纠正期限</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>纠正</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>验证日期</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>验证人</translation>
    </message>
    <message>
        <source>Public information item</source>
        <translation>公开信息项</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <source>Text (Chinese)</source>
        <translation>中文内容</translation>
    </message>
    <message>
        <source>Text (English)</source>
        <translation>英文内容</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Audit finding</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <source>New audit finding</source>
        <translation>新建审核发现</translation>
    </message>
    <message>
        <source>A control of the catalogue (CLD.6.3.1) or a clause (ISO/IEC 27001 9.2)</source>
        <translation>控制措施目录中的控制措施（CLD.6.3.1）或条款（ISO/IEC 27001 9.2）</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>（尚未指定）</translation>
    </message>
    <message>
        <source>%1 (team)</source>
        <translation>%1（审核组）</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>等级(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Requirement:</source>
        <translation>要求(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>审核发现(&amp;F)：</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>审核证据(&amp;V)：</translation>
    </message>
    <message>
        <source>Raised &amp;on:</source>
        <translation>提出日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Correction d&amp;ue:</source>
        <translation>纠正期限(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation>纠正(&amp;C)：</translation>
    </message>
    <message>
        <source>Correc&amp;tive action:</source>
        <translation>纠正措施(&amp;T)：</translation>
    </message>
    <message>
        <source>Verific&amp;ation:</source>
        <translation>验证(&amp;A)：</translation>
    </message>
    <message>
        <source>Verified o&amp;n:</source>
        <translation>验证日期(&amp;N)：</translation>
    </message>
    <message>
        <source>Verified &amp;by:</source>
        <translation>验证人(&amp;B)：</translation>
    </message>
    <message>
        <source>An observation needs no correction.</source>
        <translation>观察项无需纠正。</translation>
    </message>
    <message>
        <source>Due on %1.</source>
        <translation>%1 到期。</translation>
    </message>
    <message numerus="yes">
        <source>Empty: due %n day(s) after it was raised, on %1.</source>
        <translation>
            <numerusform>留空时：提出后 %n 天到期，即 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingRules</name>
    <message>
        <source>Major nonconformity</source>
        <translation>严重不符合</translation>
    </message>
    <message>
        <source>Minor nonconformity</source>
        <translation>一般不符合</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>观察项</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>无需采取措施</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Verified closed</source>
        <translation>验证关闭</translation>
    </message>
    <message>
        <source>Plan accepted</source>
        <translation>计划已接受</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>未接受</translation>
    </message>
    <message>
        <source>Name the requirement the nonconformity is against (a control such as CLD.6.3.1 or a clause).</source>
        <translation>请写明该不符合所针对的要求（如 CLD.6.3.1 等控制措施或某一条款）。</translation>
    </message>
    <message>
        <source>Name the requirement the observation concerns.</source>
        <translation>请写明该观察项所涉及的要求。</translation>
    </message>
    <message>
        <source>Write what was found.</source>
        <translation>请填写审核发现的内容。</translation>
    </message>
    <message>
        <source>Enter the date the finding was raised (the audit&apos;s last day, as a rule).</source>
        <translation>请填写审核发现的提出日期（通常为审核的最后一天）。</translation>
    </message>
    <message>
        <source>The correction cannot be due before the finding was raised (%1).</source>
        <translation>纠正期限不能早于审核发现的提出日期（%1）。</translation>
    </message>
    <message>
        <source>Enter the date of the verification.</source>
        <translation>请填写验证日期。</translation>
    </message>
    <message>
        <source>Choose the auditor who verified it.</source>
        <translation>请选择实施验证的审核员。</translation>
    </message>
    <message>
        <source>A finding cannot be verified before it was raised (%1).</source>
        <translation>审核发现的验证日期不能早于其提出日期（%1）。</translation>
    </message>
    <message>
        <source>A major nonconformity is closed only on the client&apos;s correction: write what it was.</source>
        <translation>严重不符合只有在认证委托人实施纠正后方可关闭：请填写所采取的纠正。</translation>
    </message>
    <message>
        <source>Write the client&apos;s corrective action (or its plan) that was accepted.</source>
        <translation>请填写已被接受的认证委托人纠正措施（或纠正措施计划）。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>FlagInput</name>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>The database reported an error: %1. What was being saved was not stored; check the record and try again.</source>
        <translation>数据库报告错误：%1。正在保存的内容未存入；请检查该记录后重试。</translation>
    </message>
    <message>
        <source>There was not enough memory for the last action; it was not completed. Close other programs and try again.</source>
        <translation>内存不足，上一操作未完成。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>An unexpected error stopped the last action: %1. It was not completed.</source>
        <translation>意外错误中止了上一操作：%1。该操作未完成。</translation>
    </message>
    <message>
        <source>CSISMS Desk</source>
        <translation>CSISMS Desk</translation>
    </message>
</context>
<context>
    <name>ImportClientsDialog</name>
    <message>
        <source>Import clients</source>
        <translation>导入认证委托人</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds before anything is imported.</source>
        <translation>请选择一个文件；导入之前会先显示其内容。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found. Nothing will be imported until the file is corrected; each line below says where and what.</source>
        <translation>
            <numerusform>发现 %Ln 个问题。文件更正之前不会导入任何内容；下面每一行说明问题所在的位置和内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) ready to import. All are written together, or none.</source>
        <translation>
            <numerusform>%Ln 个认证委托人可以导入。全部一起写入，或全部不写入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The file could not be checked against the register: %1</source>
        <translation>无法将文件与认证委托人名录核对：%1</translation>
    </message>
    <message>
        <source>A CSV file with a header row naming its columns (keys such as name_zh, credit_code, or Chinese names such as 名称, 统一社会信用代码), one client per row, separated by commas, semicolons or tabs. UTF-8 and GB18030 (as Chinese Excel saves) are both read.</source>
        <translation>CSV 文件：第一行为表头，写明各列（键名如 name_zh、credit_code，或中文列名如 名称、统一社会信用代码），每行一个认证委托人，用逗号、分号或制表符分隔。可读取 UTF-8 和 GB18030（中文 Excel 保存的格式）。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n client(s)</source>
        <translation>
            <numerusform>导入 %n 个认证委托人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InformationItemTableModel</name>
    <message>
        <source>The item&apos;s number in rule 5.1.1</source>
        <translation>该项在规则 5.1.1 中的序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <source>Text (Chinese)</source>
        <translation>中文内容</translation>
    </message>
    <message>
        <source>Text (English)</source>
        <translation>英文内容</translation>
    </message>
</context>
<context>
    <name>InformationSheet</name>
    <message>
        <source>not a JSON object with the member “items”</source>
        <translation>不是含有成员“items”的 JSON 对象</translation>
    </message>
    <message>
        <source>Rule 5.1.1 numbers its items 1 to 11.</source>
        <translation>规则 5.1.1 的各项序号为 1 至 11。</translation>
    </message>
    <message>
        <source>Enter the item&apos;s Chinese title; the sheet prints in both languages.</source>
        <translation>请填写该项的中文标题；公开信息表以两种语言打印。</translation>
    </message>
    <message>
        <source>Enter the item&apos;s English title; the sheet prints in both languages.</source>
        <translation>请填写该项的英文标题；公开信息表以两种语言打印。</translation>
    </message>
    <message>
        <source>Enter what the body publishes under this item, in Chinese.</source>
        <translation>请用中文填写本机构在该项下公开的内容。</translation>
    </message>
    <message>
        <source>Enter what the body publishes under this item, in English.</source>
        <translation>请用英文填写本机构在该项下公开的内容。</translation>
    </message>
</context>
<context>
    <name>InformationSheetRepository</name>
    <message>
        <source>The items keep the numbers rule 5.1.1 gives them.</source>
        <translation>各项保留规则 5.1.1 给定的序号。</translation>
    </message>
    <message>
        <source>The sheet already has item %1; each appears once.</source>
        <translation>公开信息表中已有第 %1 项；每项只出现一次。</translation>
    </message>
    <message>
        <source>The item was not saved: %1</source>
        <translation>该项未保存：%1</translation>
    </message>
    <message>
        <source>The item could not be saved, and nothing was changed: %1</source>
        <translation>该项无法保存，未做任何更改：%1</translation>
    </message>
</context>
<context>
    <name>IntakeCheck</name>
    <message>
        <source>Application %1: %2</source>
        <translation>认证申请 %1：%2</translation>
    </message>
    <message>
        <source>Application %1 is %2, but its last dated status change says %3: the status was changed outside the program.</source>
        <translation>认证申请 %1 的状态为“%2”，但其最近一条注明日期的状态变更记为“%3”：状态是在本程序之外被修改的。</translation>
    </message>
    <message>
        <source>Application %1 is accepted, but: %2</source>
        <translation>认证申请 %1 已受理，但：%2</translation>
    </message>
    <message numerus="yes">
        <source>Application %1 is accepted without a legal status proof (D2) for %n of the client&apos;s legal entities.</source>
        <translation>
            <numerusform>认证申请 %1 已受理，但认证委托人有 %n 个法律实体缺少法律地位证明（D2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached file #%1 is no longer the file that was attached: its content does not match its SHA-256 %2 (changed outside the program).</source>
        <translation>附件 #%1 已不是当初附加的文件：其内容与 SHA-256 值 %2 不符（在本程序之外被修改）。</translation>
    </message>
    <message>
        <source>Contract %1 is signed on %2, before the review accepted the application on %3.</source>
        <translation>合同 %1 于 %2 签订，早于申请评审于 %3 受理该申请。</translation>
    </message>
    <message>
        <source>Contract %1 is signed without the duties %2 acknowledged.</source>
        <translation>合同 %1 已签订，但责任 %2 未确认。</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) belong to no document (attached, then the change was discarded or undone); they are kept and take room in the database.</source>
        <translation>
            <numerusform>%n 个附件不属于任何文件（附加后更改被放弃或撤销）；这些附件仍保留并占用数据库空间。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>missing; it is required.</source>
        <translation>缺失；此项必填。</translation>
    </message>
    <message>
        <source>must be an object { … }.</source>
        <translation>应为对象 { … }。</translation>
    </message>
    <message>
        <source>must be text in quotes.</source>
        <translation>应为带引号的文本。</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>应为 true 或 false。</translation>
    </message>
    <message>
        <source>must be a date in quotes, YYYY-MM-DD, or null.</source>
        <translation>应为带引号的日期 YYYY-MM-DD，或 null。</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD, a day that exists (2026-02-28).</source>
        <translation>“%1”不是日期；请写成 YYYY-MM-DD，且应为实际存在的日期（如 2026-02-28）。</translation>
    </message>
    <message>
        <source>must be a number.</source>
        <translation>应为数字。</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>应为整数。</translation>
    </message>
    <message>
        <source>must be a list [ … ].</source>
        <translation>应为列表 [ … ]。</translation>
    </message>
    <message>
        <source>must be a text in quotes, not empty.</source>
        <translation>应为带引号的非空文本。</translation>
    </message>
    <message>
        <source>the file is not JSON (%1 at byte %2); it must be a JSON object of the format %3.</source>
        <translation>此文件不是 JSON 文件（第 %2 字节处：%1）；应为 %3 格式的 JSON 对象。</translation>
    </message>
    <message>
        <source>the file is not a JSON object; it must be a JSON object of the format %1.</source>
        <translation>此文件不是 JSON 对象；应为 %1 格式的 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>ListReports</name>
    <message>
        <source>Due list</source>
        <translation>待办事项清单</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>What needs a person from %1 to %2</source>
        <translation>%1 至 %2 需要处理的事项</translation>
    </message>
    <message>
        <source>%1 items, %2 of them already late on %3.</source>
        <translation>共 %1 项，其中 %2 项在 %3 已逾期。</translation>
    </message>
    <message>
        <source>Nothing is due in these dates.</source>
        <translation>这些日期内没有待办事项。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>认证委托人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Handed out by</source>
        <translation>交付人</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Certificate register</source>
        <translation>证书清单</translation>
    </message>
    <message>
        <source>Status on %1</source>
        <translation>%1 的状态</translation>
    </message>
    <message>
        <source>CSISMS certificates (ISO/IEC 27017:2015)</source>
        <translation>云服务信息安全管理体系认证证书（ISO/IEC 27017:2015）</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>列出</translation>
    </message>
    <message>
        <source>No certificate has been issued.</source>
        <translation>尚未颁发任何证书。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>认证范围</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>First issued</source>
        <translation>初次颁证日期</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>颁证日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Public information</source>
        <translation>公开信息</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Information made public to the client (CSISMS certification rules 5.1.1)</source>
        <translation>向认证委托人公开的信息（CSISMS 认证实施规则 5.1.1）</translation>
    </message>
    <message>
        <source>Under rule 5.1.1 the body makes at least the following public to every client (认证委托人).</source>
        <translation>依据规则 5.1.1，本机构至少向认证委托人公开以下信息。</translation>
    </message>
    <message>
        <source>The sheet&apos;s items have not been entered: open Settings → Public information.</source>
        <translation>尚未填写公开信息各项：请打开“设置 → 公开信息”。</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>（%1）%2</translation>
    </message>
    <message>
        <source>Certificates in the register on %1</source>
        <translation>%1 登记的证书总数</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发布人</translation>
    </message>
</context>
<context>
    <name>LogoPicture</name>
    <message>
        <source>The picture is %1 × %2 pixels; choose one of at most 10,000 pixels across.</source>
        <translation>该图片为 %1 × %2 像素；请选择边长不超过 10,000 像素的图片。</translation>
    </message>
    <message>
        <source>The file is not a picture that can be read (%1). Choose a PNG, JPEG or other picture file.</source>
        <translation>该文件不是可读取的图片（%1）。请选择 PNG、JPEG 或其他图片文件。</translation>
    </message>
    <message>
        <source>The picture could not be converted to PNG.</source>
        <translation>无法将该图片转换为 PNG。</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB; choose a smaller picture.</source>
        <translation>%1 大于 50 MB；请选择较小的图片。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CSISMS Desk</source>
        <translation>关于 CSISMS Desk(&amp;A)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>CSISMS databases (*.sqlite *.db);;All files (*)</source>
        <translation>CSISMS 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>%1 already exists. A new database never replaces a file.

Open the existing file instead?</source>
        <translation>%1 已存在。新建数据库不会覆盖已有文件。

改为打开这个已有文件吗？</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself. Choose another file name.</source>
        <translation>备份不能覆盖数据库本身。请选择其他文件名。</translation>
    </message>
    <message>
        <source>The backup could not be written, and the database is unchanged: %1</source>
        <translation>备份未能写入，数据库未受影响：%1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>About CSISMS Desk</source>
        <translation>关于 CSISMS Desk</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做%1</translation>
    </message>
    <message>
        <source>No database open: use File → Open database… or New database…</source>
        <translation>未打开数据库：请使用“文件 → 打开数据库…”或“新建数据库…”</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln client(s) (%2 archived)</source>
        <translation>
            <numerusform>%1 · %Ln 个认证委托人（%2 个已归档）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <comment>window title: file and program, user name, role</comment>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>导入认证委托人(&amp;I)…</translation>
    </message>
    <message>
        <source>C&amp;heck database…</source>
        <translation>检查数据库(&amp;H)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) imported.</source>
        <translation>
            <numerusform>已导入 %Ln 个认证委托人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>变更日志</translation>
    </message>
    <message>
        <source>Nothing was saved: choose your user profile first (File → Switch user…). Every change is recorded under a person&apos;s name.</source>
        <translation>未保存任何内容：请先选择您的用户档案（文件 → 切换用户…）。每一项更改都要记录在具体人员名下。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CSISMS Desk %1&lt;/h3&gt;&lt;p&gt;Client dossiers for a body certifying cloud-service information security management systems (ISO/IEC 27017:2015): the client register with sites, shifts and legal entities, the body&apos;s auditors, reference data and rule parameters, and a tamper-evident change log, kept in a local SQLite database.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CSISMS Desk %1&lt;/h3&gt;&lt;p&gt;面向云服务信息安全管理体系（ISO/IEC 27017:2015）认证机构的档案管理：认证委托人名录（含场所、班次和法律实体）、本机构的审核员、参考数据和规则参数，以及防篡改的变更日志，保存在本地 SQLite 数据库中。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose your user profile first (File → Switch user…): the undo is recorded under your name.</source>
        <translation>请先选择您的用户档案（文件 → 切换用户…）：撤销操作要记录在您的名下。</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Choose your user profile first (File → Switch user…): the redo is recorded under your name.</source>
        <translation>请先选择您的用户档案（文件 → 切换用户…）：重做操作要记录在您的名下。</translation>
    </message>
    <message>
        <source>Stopped: “%1” has changes that are not saved. Save or discard them there, then try again.</source>
        <translation>已停止：“%1”中有尚未保存的更改。请在那里保存或放弃这些更改，然后重试。</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview, print or save as PDF the report of what the page shows</source>
        <translation>预览、打印当前页面所示内容的报告，或将其保存为 PDF</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>&amp;Export archive bundle…</source>
        <translation>导出档案包(&amp;E)…</translation>
    </message>
    <message>
        <source>The whole database as a self-checking .zip for the archive (csisms-archive/1)</source>
        <translation>将整个数据库导出为可自校验的 .zip 档案包（csisms-archive/1），用于归档</translation>
    </message>
    <message>
        <source>Export archive bundle</source>
        <translation>导出档案包</translation>
    </message>
    <message>
        <source>Archive bundles (*.zip)</source>
        <translation>档案包 (*.zip)</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>The archive bundle was not written: %1</source>
        <translation>档案包未写入：%1</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>The daily automatic backups of this database, and putting one back</source>
        <translation>本数据库每天的自动备份，以及从备份恢复</translation>
    </message>
    <message>
        <source>This page has nothing to print. The Due page prints the due list, the Reviews page the selected review&apos;s record, the Contracts page the selected contract&apos;s summary, the Programmes page the selected programme&apos;s audit programme report, the Certificates page the certificate register, the Settings page the public information sheet.</source>
        <translation>本页面没有可打印的内容。待办事项页面打印待办事项清单，申请评审页面打印所选评审的记录，认证合同页面打印所选合同的摘要，审核方案页面打印所选审核方案的报告，证书页面打印证书清单，设置页面打印公开信息表。</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: %1</source>
        <translation>无法写入自动备份：%1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The current database could not be backed up, so nothing was restored: %1</source>
        <translation>无法备份当前数据库，因此未恢复任何内容：%1</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>备份未恢复：%1</translation>
    </message>
    <message>
        <source>The backup was put in place but cannot be opened: %1. The file as it was is kept as %2.</source>
        <translation>备份已放回原处但无法打开：%1。原来的文件保存为 %2。</translation>
    </message>
    <message>
        <source>Restored the backup %1; the database as it was is kept as %2.</source>
        <translation>已恢复备份 %1；原来的数据库保存为 %2。</translation>
    </message>
    <message>
        <source>Export client &amp;dossier…</source>
        <translation>导出认证委托人档案(&amp;D)…</translation>
    </message>
    <message>
        <source>One client&apos;s dossier as a bundle, for a laptop or for the office</source>
        <translation>将一个认证委托人的档案导出为档案包，供笔记本电脑或办公室使用</translation>
    </message>
    <message>
        <source>I&amp;mport client dossier…</source>
        <translation>导入认证委托人档案(&amp;M)…</translation>
    </message>
    <message>
        <source>Bring a client&apos;s dossier exported elsewhere into this database, choosing record by record where they differ</source>
        <translation>将在别处导出的认证委托人档案导入本数据库，不同之处逐条选择</translation>
    </message>
    <message>
        <source>Export client dossier</source>
        <translation>导出认证委托人档案</translation>
    </message>
    <message>
        <source>The dossier was not written: %1</source>
        <translation>档案未写入：%1</translation>
    </message>
    <message>
        <source>Import client dossier</source>
        <translation>导入认证委托人档案</translation>
    </message>
    <message>
        <source>This database already holds the dossier of %1 as the bundle has it; nothing to import.</source>
        <translation>本数据库中 %1 的档案与档案包一致；无需导入。</translation>
    </message>
    <message>
        <source>The database could not be backed up, so nothing was imported: %1</source>
        <translation>无法备份数据库，因此未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Dossier imported: %1 records added, %2 taken from the bundle, %3 kept as they were. The database as it was before is kept as %4.</source>
        <translation>档案已导入：新增 %1 条记录，%2 条采用档案包的值，%3 条保持不变。导入前的数据库保存为 %4。</translation>
    </message>
    <message>
        <source>Restore archive b&amp;undle…</source>
        <translation>恢复档案包(&amp;U)…</translation>
    </message>
    <message>
        <source>A whole database from an archive bundle, into a new file that is then opened</source>
        <translation>从档案包恢复整个数据库到一个新文件，随后打开它</translation>
    </message>
    <message>
        <source>Restore archive bundle</source>
        <translation>恢复档案包</translation>
    </message>
    <message>
        <source>This bundle holds one client&apos;s dossier (%1), not a whole database: use File → Import client dossier… to bring it into a database.</source>
        <translation>此档案包只含一个客户的档案（%1），不是整个数据库：请用“文件 → 导入客户档案…”将其导入数据库。</translation>
    </message>
    <message>
        <source>Restore into a new database file</source>
        <translation>恢复到新的数据库文件</translation>
    </message>
    <message>
        <source>CSISMS Desk databases (*.sqlite)</source>
        <translation>CSISMS Desk 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>A restore goes into a new file, and %1 exists already: choose a new name (nothing was changed).</source>
        <translation>恢复只写入新文件，而 %1 已存在：请另选文件名（未做任何更改）。</translation>
    </message>
    <message>
        <source>The new database %1 could not be made: %2</source>
        <translation>无法创建新数据库 %1：%2</translation>
    </message>
    <message>
        <source>The bundle was restored into %1, but it could not be opened here: %2</source>
        <translation>档案包已恢复到 %1，但无法在此打开：%2</translation>
    </message>
    <message>
        <source>Archive bundle restored into %1: %2 tables, %3 records.</source>
        <translation>档案包已恢复到 %1：%2 个表、%3 条记录。</translation>
    </message>
    <message>
        <source>Archive bundle written to %1: %2 tables, %3 records, %4 programme reports.</source>
        <translation>档案包已写入 %1：%2 个表、%3 条记录、%4 份审核方案报告。</translation>
    </message>
    <message>
        <source>Dossier written to %1: %2 records, %3 programme reports.</source>
        <translation>档案已写入 %1：%2 条记录、%3 份审核方案报告。</translation>
    </message>
</context>
<context>
    <name>NumberingPage</name>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>无法读取设置：%1</translation>
    </message>
    <message>
        <source>The next application received today: %1</source>
        <translation>今天收到的下一份申请的编号：%1</translation>
    </message>
    <message>
        <source>Application &amp;number pattern:</source>
        <translation>申请编号格式(&amp;N)：</translation>
    </message>
    <message>
        <source>Con&amp;tract number pattern:</source>
        <translation>合同编号格式(&amp;T)：</translation>
    </message>
    <message>
        <source>Literal text with the fields {yyyy} (year), {yy}, {mm} (month) and {seq} or {seq:N}, the running number within the year padded to N digits. A number once given stays; a new pattern applies to the records made after it.</source>
        <translation>由文字和以下字段组成：{yyyy}（年）、{yy}、{mm}（月）以及 {seq} 或 {seq:N}（当年内的流水号，补足 N 位）。编号一经给出即保持不变；新格式只适用于此后建立的记录。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>放弃更改(&amp;D)</translation>
    </message>
    <message>
        <source>Choose the body&apos;s logo</source>
        <translation>选择本机构标志</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.svg);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.svg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Change the body&apos;s settings</source>
        <translation>修改本机构设置</translation>
    </message>
    <message>
        <source>The body&apos;s settings are saved.</source>
        <translation>本机构设置已保存。</translation>
    </message>
    <message>
        <source>Body and numbering</source>
        <translation>机构与编号</translation>
    </message>
    <message>
        <source>The body&apos;s settings have changes that are not saved yet. Save them?</source>
        <translation>本机构设置有尚未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Record numbers</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>The body, as its documents name it</source>
        <translation>本机构（用于各类文件）</translation>
    </message>
    <message>
        <source>Certificate n&amp;umber pattern:</source>
        <translation>证书编号格式(&amp;U)：</translation>
    </message>
    <message>
        <source>The body&apos;s na&amp;me (Chinese, as in contracts):</source>
        <translation>本机构名称(&amp;M)（中文，与合同一致）：</translation>
    </message>
    <message>
        <source>Name in En&amp;glish:</source>
        <translation>英文名称(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Address (Chinese):</source>
        <translation>地址(&amp;A)（中文）：</translation>
    </message>
    <message>
        <source>Address in Engl&amp;ish:</source>
        <translation>英文地址(&amp;I)：</translation>
    </message>
    <message>
        <source>CNCA approval num&amp;ber (批准号):</source>
        <translation>国家认监委批准号(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>标志(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Choose picture…</source>
        <translation>选择图片(&amp;C)…</translation>
    </message>
    <message>
        <source>Remove l&amp;ogo</source>
        <translation>删除标志(&amp;O)</translation>
    </message>
    <message>
        <source>The name, address, approval number and logo head every printed report, in the report&apos;s language (the Chinese ones where no English is given).</source>
        <translation>名称、地址、批准号和标志以报告所用语言印在每份打印报告的页首（未填写英文时使用中文）。</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>none</source>
        <comment>an empty date</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>Empty when not known: select the text and press Delete.</source>
        <translation>未知时留空：选中文字后按 Delete 键。</translation>
    </message>
</context>
<context>
    <name>ParameterRepository</name>
    <message>
        <source>The parameter “%1” was not changed: %2</source>
        <translation>参数“%1”未更改：%2</translation>
    </message>
    <message>
        <source>The parameter could not be saved, and nothing was changed: %1</source>
        <translation>参数无法保存，未做任何更改：%1</translation>
    </message>
    <message>
        <source>The parameters could not be reset, and nothing was changed: %1</source>
        <translation>参数无法恢复默认值，未做任何更改：%1</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Create the first user profile</source>
        <translation>创建第一个用户档案</translation>
    </message>
    <message>
        <source>%1 has no user profiles yet. Every change is recorded with the name of the profile at work, so enter yours. The first profile is an administrator: it can add the others under Settings → Users.</source>
        <translation>%1 尚无用户档案。每一项修改都会记录当前用户档案的姓名，请输入您的姓名。第一个用户档案为系统管理员，可在“设置 → 用户”中添加其他用户。</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 陈静</source>
        <translation>例如 陈静</translation>
    </message>
    <message>
        <source>Choose your user profile</source>
        <translation>选择您的用户档案</translation>
    </message>
    <message>
        <source>Who is working with %1? Your name is recorded with every change you make, and your role decides what the program offers. Not listed? An administrator adds profiles under Settings → Users.</source>
        <translation>谁在使用 %1？您所做的每一项修改都会记录您的姓名，您的角色决定程序提供哪些功能。列表中没有您？请系统管理员在“设置 → 用户”中添加。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ProgrammeAuditsModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%L1 days</source>
        <translation>%L1 人日</translation>
    </message>
    <message>
        <source>%1 (leader)</source>
        <translation>%1（审核组长）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>全部 %1 项</translation>
    </message>
    <message>
        <source>✓ none</source>
        <translation>✓ 无</translation>
    </message>
    <message>
        <source>✗ %1 · ⚠ %2</source>
        <translation>✗ %1 · ⚠ %2</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>人日</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>审核方式</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>审核组</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Services sampled</source>
        <translation>抽样的云服务</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>控制措施</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
</context>
<context>
    <name>ProgrammeBatchDialog</name>
    <message>
        <source>&amp;One PDF with every report</source>
        <translation>全部报告合为一个 PDF(&amp;O)</translation>
    </message>
    <message>
        <source>One PDF per &amp;client, into a folder</source>
        <translation>每个认证委托人一个 PDF，存入文件夹(&amp;C)</translation>
    </message>
    <message>
        <source>Audit programme reports</source>
        <translation>审核方案报告</translation>
    </message>
    <message>
        <source>中文 + English</source>
        <translation>中文 + English</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Audits &amp;from:</source>
        <translation>审核日期自(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>The audit programme report of every client with an audit planned or done in these dates.</source>
        <translation>在这些日期内有计划或已实施审核的每个认证委托人的审核方案报告。</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>输出(&amp;W)</translation>
    </message>
    <message>
        <source>audit-programmes.pdf</source>
        <translation>审核方案报告.pdf</translation>
    </message>
    <message>
        <source>The first date is after the last: choose dates in order.</source>
        <translation>起始日期晚于结束日期：请按先后顺序选择日期。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) to write.</source>
        <translation>
            <numerusform>将输出 %n 份报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder for the reports</source>
        <translation>报告所在文件夹</translation>
    </message>
    <message>
        <source>Save the reports as PDF</source>
        <translation>将报告另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the audit programme reports…</source>
        <translation>正在输出审核方案报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing the audit programme reports… %1 of %2</source>
        <translation>正在输出审核方案报告… 第 %1 份，共 %2 份</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：未写入任何文件。</translation>
    </message>
    <message>
        <source>%1
No file was written.</source>
        <translation>%1
未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written (%1 pages): %2</source>
        <translation>
            <numerusform>已输出 %n 份报告（共 %1 页）：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>%1, signed on %2</source>
        <translation>%1，签订于 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Audit programme: %1</source>
        <translation>审核方案：%1</translation>
    </message>
    <message>
        <source>Select a programme in the list to see it here, or make one from a signed contract with New programme.</source>
        <translation>请在列表中选择一个审核方案以在此查看，或通过“新建审核方案”根据已签订的认证合同建立审核方案。</translation>
    </message>
    <message>
        <source>No audit programmes yet. A programme is made from a signed contract: choose New programme.</source>
        <translation>尚无审核方案。审核方案根据已签订的认证合同建立：请选择“新建审核方案”。</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>新建审核方案</translation>
    </message>
    <message>
        <source>new programme</source>
        <translation>新审核方案</translation>
    </message>
    <message>
        <source>Save the programme (Ctrl+S)</source>
        <translation>保存审核方案（Ctrl+S）</translation>
    </message>
    <message>
        <source>The programme “%1” has changes that are not saved yet. Save them?</source>
        <translation>审核方案“%1”有尚未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Add programme “%1”</source>
        <translation>添加审核方案“%1”</translation>
    </message>
    <message>
        <source>Edit programme “%1”</source>
        <translation>编辑审核方案“%1”</translation>
    </message>
    <message>
        <source>The programme could not be read: %1</source>
        <translation>无法读取审核方案：%1</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>认证委托人：</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>认证合同：</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>认证周期(&amp;Y)：</translation>
    </message>
    <message>
        <source>Decision p&amp;lanned:</source>
        <translation>计划认证决定日期(&amp;L)：</translation>
    </message>
    <message>
        <source>E&amp;xpiry:</source>
        <translation>到期日(&amp;X)：</translation>
    </message>
    <message>
        <source>Cycle runs:</source>
        <translation>认证周期起止：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Empty: the decision plus the cycle&apos;s years, less a day (RULES.md); a recertification decided before the expiry continues from the expiry.</source>
        <translation>留空时：认证决定日期加上认证周期的年数，再减一天（RULES.md）；在到期日前作出认证决定的再认证，自到期日起延续。</translation>
    </message>
    <message>
        <source>The date the certification decision was taken; until then the planned date counts.</source>
        <translation>作出认证决定的日期；在此之前以计划日期为准。</translation>
    </message>
    <message>
        <source>Pr&amp;opose audits</source>
        <translation>建议审核(&amp;O)</translation>
    </message>
    <message>
        <source>Adds the audits this programme lacks, with dates, shifts, services, sites and controls that pass every rule; the audits already here are kept.</source>
        <translation>添加本审核方案所缺少的审核，其日期、班次、服务、场所和控制措施均符合全部规则；已有的审核予以保留。</translation>
    </message>
    <message>
        <source>&amp;Add audit</source>
        <translation>添加审核(&amp;A)</translation>
    </message>
    <message>
        <source>Remove aud&amp;it</source>
        <translation>移除审核(&amp;I)</translation>
    </message>
    <message>
        <source>Only controls not &amp;covered</source>
        <translation>仅显示未覆盖的控制措施(&amp;C)</translation>
    </message>
    <message>
        <source>Rule check (RULES.md 5.4, A-4.2)</source>
        <translation>规则检查（RULES.md 5.4，A-4.2）</translation>
    </message>
    <message>
        <source>Timeline of the cycle</source>
        <translation>认证周期时间轴</translation>
    </message>
    <message>
        <source>Audits (%1)</source>
        <translation>审核（%1）</translation>
    </message>
    <message>
        <source>Coverage (%1 not covered)</source>
        <translation>覆盖（%1 项未覆盖）</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖</translation>
    </message>
    <message numerus="yes">
        <source>✗ %n control(s) not covered where the rules ask for them (P-5.4.1.3).</source>
        <translation>
            <numerusform>✗ 有 %n 项控制措施在规则要求覆盖之处未被覆盖（P-5.4.1.3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Every control is covered at stage 1 and 2, by the surveillances together and at the recertification (P-5.4.1.3).</source>
        <translation>✓ 每项控制措施均在第一阶段和第二阶段审核、各次监督审核合计以及再认证审核中得到覆盖（P-5.4.1.3）。</translation>
    </message>
    <message>
        <source>✓ The programme passes every rule.</source>
        <translation>✓ 本审核方案符合全部规则。</translation>
    </message>
    <message numerus="yes">
        <source>Rule check: %n error(s)</source>
        <translation>
            <numerusform>规则检查：%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>，%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Nothing to add: the programme has every audit the rules ask for.</source>
        <translation>无需添加：本审核方案已包含规则要求的全部审核。</translation>
    </message>
    <message numerus="yes">
        <source>%n audit(s) proposed; check them, then save (Ctrl+S). Ctrl+Z takes them back.</source>
        <translation>
            <numerusform>已建议 %n 项审核；请检查后保存（Ctrl+S）。按 Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove audit</source>
        <translation>移除审核</translation>
    </message>
    <message>
        <source>A done audit is a record and stays. An audit that will not take place is set to Cancelled instead.</source>
        <translation>已完成的审核属于记录，予以保留。不会实施的审核应将其状态改为“已取消”。</translation>
    </message>
    <message>
        <source>Remove %1 from the programme?

Ctrl+Z brings it back until you save.</source>
        <translation>是否从审核方案中移除 %1？

保存之前可按 Ctrl+Z 恢复。</translation>
    </message>
    <message>
        <source>%1 on %2 by %3.</source>
        <translation>%1，日期：%2，决定人：%3。</translation>
    </message>
    <message>
        <source>%1 on %2 by %3; certificate %4.</source>
        <translation>%1，日期：%2，决定人：%3；证书 %4。</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>尚未作出认证决定。</translation>
    </message>
    <message>
        <source>Certification decision</source>
        <translation>认证决定</translation>
    </message>
    <message>
        <source>Decision recorded:</source>
        <translation>已记录的认证决定：</translation>
    </message>
    <message>
        <source>Certification decision:</source>
        <translation>认证决定：</translation>
    </message>
    <message>
        <source>Dec&amp;ide…</source>
        <translation>作出认证决定(&amp;I)…</translation>
    </message>
    <message>
        <source>Take the certification decision on this cycle (decision-makers not on an audit team of it)</source>
        <translation>对本认证周期作出认证决定（由未参加本周期任何审核组的认证决定人员作出）</translation>
    </message>
</context>
<context>
    <name>ProgrammeFileFormat</name>
    <message>
        <source>“%1” is not one of the client&apos;s %2 (%3); name it under client first.</source>
        <translation>“%1”不是该认证委托人的%2（%3）；请先在 client 下列出。</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>未给出</translation>
    </message>
    <message>
        <source>“%1” is not a kind of audit; use one of %2.</source>
        <translation>“%1”不是审核类型；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>“%1” is not a status of an audit; use planned, confirmed, done or cancelled.</source>
        <translation>“%1”不是审核的状态；请使用 planned、confirmed、done 或 cancelled。</translation>
    </message>
    <message>
        <source>“%1” is not an audit method; use onsite, remote or combined.</source>
        <translation>“%1”不是审核方式；请使用 onsite、remote 或 combined。</translation>
    </message>
    <message>
        <source>must not be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>“%1” is not one of the client&apos;s shifts (%2).</source>
        <translation>“%1”不是该认证委托人的班次（%2）。</translation>
    </message>
    <message>
        <source>must be text in quotes.</source>
        <translation>应为带引号的文本。</translation>
    </message>
    <message>
        <source>must be &quot;all&quot; or a list of control IDs of the catalogue.</source>
        <translation>应为 &quot;all&quot; 或控制措施目录中控制措施编号的列表。</translation>
    </message>
    <message>
        <source>“%1” is not a control of the ISO/IEC 27017 catalogue (such as %2).</source>
        <translation>“%1”不是 ISO/IEC 27017 控制措施目录中的控制措施（例如 %2）。</translation>
    </message>
    <message>
        <source>services</source>
        <translation>云服务</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>must be an object { &quot;name&quot;: …, &quot;role&quot;: … }.</source>
        <translation>应为对象 { &quot;name&quot;: …, &quot;role&quot;: … }。</translation>
    </message>
    <message>
        <source>“%1” is not a role; use leader, member or expert.</source>
        <translation>“%1”不是有效角色；请使用 leader、member 或 expert。</translation>
    </message>
    <message>
        <source>“%1” is not this program&apos;s programme format; it reads %2.</source>
        <translation>“%1”不是本程序的审核方案文件格式；本程序读取 %2。</translation>
    </message>
    <message>
        <source>must be an object { &quot;name&quot;: …, &quot;typical&quot;: true|false }.</source>
        <translation>应为对象 { &quot;name&quot;: …, &quot;typical&quot;: true|false }。</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <source>“%1” is not a cycle; use initial or recertification.</source>
        <translation>“%1”不是认证周期类型；请使用 initial 或 recertification。</translation>
    </message>
    <message>
        <source>must be after the decision date.</source>
        <translation>应晚于认证决定日期。</translation>
    </message>
    <message>
        <source>is not a kind the review gives days for; use stage1, stage2, surveillance or recertification.</source>
        <translation>不是申请评审给出人日数的审核类型；请使用 stage1、stage2、surveillance 或 recertification。</translation>
    </message>
    <message>
        <source>must be an object { &quot;kind&quot;: …, &quot;start&quot;: …, &quot;end&quot;: … }.</source>
        <translation>应为对象 { &quot;kind&quot;: …, &quot;start&quot;: …, &quot;end&quot;: … }。</translation>
    </message>
</context>
<context>
    <name>ProgrammeListModel</name>
    <message>
        <source>%1 (planned)</source>
        <translation>%1（计划）</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>共 %2 次审核，已完成 %1 次</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>认证委托人</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>认证合同</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>认证周期</translation>
    </message>
    <message>
        <source>Certification decision</source>
        <translation>认证决定</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>证书到期日</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Next audit</source>
        <translation>下次审核</translation>
    </message>
    <message>
        <source>The programme list could not be read: %1</source>
        <translation>无法读取审核方案列表：%1</translation>
    </message>
</context>
<context>
    <name>ProgrammePlanner</name>
    <message>
        <source>Shifts are sampled in turn over the surveillance audits; this shift is audited at stage 2, at the recertification audit and at another surveillance audit of the cycle.</source>
        <translation>各班次在各次监督审核中轮流抽样；本班次在第二阶段审核、再认证审核以及本认证周期的另一次监督审核中接受审核。</translation>
    </message>
    <message>
        <source>Stage 1 reviews the documented system during the first shift; this shift is audited at stage 2.</source>
        <translation>第一阶段审核在第一个班次期间审查文件化的体系；本班次在第二阶段审核中接受审核。</translation>
    </message>
</context>
<context>
    <name>ProgrammeReport</name>
    <message>
        <source>S1</source>
        <comment>short for stage 1 audit</comment>
        <translation>一阶段</translation>
    </message>
    <message>
        <source>S2</source>
        <comment>short for stage 2 audit</comment>
        <translation>二阶段</translation>
    </message>
    <message>
        <source>SV</source>
        <comment>short for surveillance audit</comment>
        <translation>监督</translation>
    </message>
    <message>
        <source>RC</source>
        <comment>short for recertification audit</comment>
        <translation>再认证</translation>
    </message>
    <message>
        <source>SP</source>
        <comment>short for special audit</comment>
        <translation>特殊</translation>
    </message>
    <message>
        <source>not yet named</source>
        <translation>尚未指定</translation>
    </message>
    <message>
        <source>no shifts</source>
        <translation>无倒班</translation>
    </message>
    <message>
        <source>covered: %1</source>
        <translation>覆盖：%1</translation>
    </message>
    <message>
        <source>not covered: %1 (%2)</source>
        <translation>未覆盖：%1（%2）</translation>
    </message>
    <message>
        <source>not covered: %1 (no reason given)</source>
        <translation>未覆盖：%1（未说明理由）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 major, %2 minor, %3 observations</source>
        <translation>严重不符合 %1 项，一般不符合 %2 项，观察项 %3 项</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>审核方案</translation>
    </message>
    <message>
        <source>Report AP-%1 · version %2</source>
        <translation>报告编号 AP-%1 · 第 %2 版</translation>
    </message>
    <message>
        <source>1 Client and scope of certification</source>
        <translation>1 认证委托人与认证范围</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 people)</source>
        <translation>%1 — %2（%3 人）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (typical)</source>
        <translation>%1（典型）</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>认证委托人</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>认证范围</translation>
    </message>
    <message>
        <source>Scope classes</source>
        <translation>专业类别</translation>
    </message>
    <message>
        <source>Cloud services</source>
        <translation>云服务</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>认证依据</translation>
    </message>
    <message>
        <source>2 Cycle and certificate</source>
        <translation>2 认证周期与证书</translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation>尚未颁发</translation>
    </message>
    <message>
        <source>%1, issued %2, expires %3; %4</source>
        <translation>%1，%2 颁发，%3 到期；%4</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>认证周期</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>认证合同</translation>
    </message>
    <message>
        <source>%1, signed %2</source>
        <translation>%1，%2 签订</translation>
    </message>
    <message>
        <source>Certification decision</source>
        <translation>认证决定</translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation>%1 作出</translation>
    </message>
    <message>
        <source>planned for %1</source>
        <translation>计划于 %1</translation>
    </message>
    <message>
        <source>Expiry of the cycle</source>
        <translation>周期到期日</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>3 Timeline of the cycle</source>
        <translation>3 认证周期时间轴</translation>
    </message>
    <message>
        <source>4 Audits</source>
        <translation>4 审核</translation>
    </message>
    <message>
        <source>any time in the cycle</source>
        <translation>周期内任何时间</translation>
    </message>
    <message>
        <source>all %1 controls</source>
        <translation>全部 %1 项控制</translation>
    </message>
    <message>
        <source>%1 of %2 controls</source>
        <translation>%2 项控制中的 %1 项</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Window the rules allow</source>
        <translation>规则允许的时间窗口</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>实施</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>人日</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Team (leader first)</source>
        <translation>审核组（组长在前）</translation>
    </message>
    <message>
        <source>Services sampled</source>
        <translation>抽样的服务</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <source>5 Coverage of ISO/IEC 27017 by clause</source>
        <translation>5 按条款的 ISO/IEC 27017 覆盖情况</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>控制数</translation>
    </message>
    <message>
        <source>6 Rule check</source>
        <translation>6 规则检查</translation>
    </message>
    <message>
        <source>✓ The programme passes every rule.</source>
        <translation>✓ 该审核方案符合全部规则。</translation>
    </message>
    <message>
        <source>%1 errors and %2 warnings:</source>
        <translation>%1 个错误，%2 个警告：</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>审核方案</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>7 Sign-off</source>
        <translation>7 签署</translation>
    </message>
    <message>
        <source>Prepared by (programme manager)</source>
        <translation>编制（审核方案管理人员）</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>ProgrammeRepository</name>
    <message>
        <source>Audit %1: the person on the team is not in the auditors&apos; register.</source>
        <translation>审核 %1：审核组中的人员不在审核员登记册中。</translation>
    </message>
    <message>
        <source>Audit %1: %2 cannot be on this team: %3</source>
        <translation>审核 %1：%2 不能加入此审核组：%3</translation>
    </message>
    <message>
        <source>Audit %1: %2 may not lead a team (an intern or a technical expert).</source>
        <translation>审核 %1：%2 不得担任审核组长（实习审核员或技术专家）。</translation>
    </message>
    <message>
        <source>The programme no longer exists; the list was out of date.</source>
        <translation>该审核方案已不存在；列表内容已过时。</translation>
    </message>
    <message>
        <source>The programme was not saved: %1</source>
        <translation>审核方案未保存：%1</translation>
    </message>
    <message>
        <source>The programme could not be saved, and nothing was changed: %1</source>
        <translation>无法保存审核方案，未作任何更改：%1</translation>
    </message>
    <message>
        <source>A programme is made from a signed contract that has none yet.</source>
        <translation>审核方案须根据尚无审核方案的已签订的认证合同建立。</translation>
    </message>
    <message>
        <source>The decision is planned on or after the contract&apos;s signing (%1).</source>
        <translation>认证决定的计划日期应在认证合同签订日（%1）当日或之后。</translation>
    </message>
    <message>
        <source>An audit of this programme is done, so the programme is a record and stays. Cancel the audits that will not take place instead.</source>
        <translation>本审核方案中已有审核已完成，因此本审核方案属于记录，予以保留。请改为将不会实施的审核取消。</translation>
    </message>
    <message>
        <source>The programme could not be deleted, and nothing was changed: %1</source>
        <translation>无法删除审核方案，未作任何更改：%1</translation>
    </message>
    <message>
        <source>Audit %1, finding %2: the verifier is not in the auditors&apos; register.</source>
        <translation>审核 %1，审核发现 %2：验证人不在审核员登记册中。</translation>
    </message>
    <message>
        <source>The cycle of this programme has its certification decision, so the programme is a record and stays.</source>
        <translation>本审核方案的认证周期已作出认证决定，因此本审核方案属于记录，予以保留。</translation>
    </message>
</context>
<context>
    <name>ProgrammeRules</name>
    <message>
        <source>Stage 1</source>
        <translation>第一阶段</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation>第二阶段</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>监督审核</translation>
    </message>
    <message>
        <source>Recertification</source>
        <translation>再认证</translation>
    </message>
    <message>
        <source>Special audit</source>
        <translation>特殊审核</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <source>On site and remote</source>
        <translation>现场与远程结合</translation>
    </message>
    <message>
        <source>Initial certification</source>
        <translation>初次认证</translation>
    </message>
    <message>
        <source>Recertification cycle</source>
        <translation>再认证周期</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>审核组长</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Technical expert</source>
        <translation>技术专家</translation>
    </message>
    <message>
        <source>the programme</source>
        <translation>审核方案</translation>
    </message>
    <message>
        <source>the cancelled %1 audit of %2</source>
        <translation>已取消的%1（%2）</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>the %1 stage 1 audit</source>
        <translation>%1第一阶段审核</translation>
    </message>
    <message>
        <source>the stage 1 audit</source>
        <translation>第一阶段审核</translation>
    </message>
    <message>
        <source>the %1 stage 2 audit</source>
        <translation>%1第二阶段审核</translation>
    </message>
    <message>
        <source>the stage 2 audit</source>
        <translation>第二阶段审核</translation>
    </message>
    <message>
        <source>the %1 surveillance audit</source>
        <translation>%1监督审核</translation>
    </message>
    <message>
        <source>the %1 recertification audit</source>
        <translation>%1再认证审核</translation>
    </message>
    <message>
        <source>the recertification audit</source>
        <translation>再认证审核</translation>
    </message>
    <message>
        <source>the %1 special audit</source>
        <translation>%1特殊审核</translation>
    </message>
    <message>
        <source>Enter the planned date of the certification decision; the surveillance windows are counted from it.</source>
        <translation>请填写认证决定的计划日期；监督审核的时间窗口自该日期起计算。</translation>
    </message>
    <message>
        <source>The expiry date must come after the certification decision.</source>
        <translation>到期日应晚于认证决定日期。</translation>
    </message>
    <message>
        <source>The notes are too long.</source>
        <translation>备注过长。</translation>
    </message>
    <message>
        <source>Audit %1: </source>
        <translation>审核 %1：</translation>
    </message>
    <message>
        <source>enter the planned start and end.</source>
        <translation>请填写计划开始日期和结束日期。</translation>
    </message>
    <message>
        <source>the planned end comes before the start.</source>
        <translation>计划结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>enter both the actual start and end, or neither.</source>
        <translation>实际开始日期和结束日期应同时填写，或同时不填。</translation>
    </message>
    <message>
        <source>the actual end comes before the start.</source>
        <translation>实际结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>a done audit has its actual dates; enter them.</source>
        <translation>已完成的审核应有实际日期；请填写。</translation>
    </message>
    <message>
        <source>the days cannot be negative.</source>
        <translation>人日数不能为负数。</translation>
    </message>
    <message>
        <source>%1 is on the team twice.</source>
        <translation>%1在审核组中重复出现。</translation>
    </message>
    <message>
        <source>a team has one leader.</source>
        <translation>一个审核组只能有一名审核组长。</translation>
    </message>
    <message>
        <source>the reason for “%1” is too long.</source>
        <translation>班次“%1”的理由过长。</translation>
    </message>
    <message>
        <source>the notes are too long.</source>
        <translation>备注过长。</translation>
    </message>
    <message>
        <source>first</source>
        <translation>第一次</translation>
    </message>
    <message>
        <source>second</source>
        <translation>第二次</translation>
    </message>
    <message>
        <source>third</source>
        <translation>第三次</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>第四次</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>第五次</translation>
    </message>
    <message>
        <source>sixth</source>
        <translation>第六次</translation>
    </message>
    <message>
        <source>seventh</source>
        <translation>第七次</translation>
    </message>
    <message>
        <source>eighth</source>
        <translation>第八次</translation>
    </message>
    <message>
        <source>ninth</source>
        <translation>第九次</translation>
    </message>
    <message>
        <source>tenth</source>
        <translation>第十次</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>第 %1 次</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 等另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>the initial programme has no stage 1 audit</source>
        <translation>初次认证审核方案中没有第一阶段审核</translation>
    </message>
    <message>
        <source>the initial programme has no stage 2 audit</source>
        <translation>初次认证审核方案中没有第二阶段审核</translation>
    </message>
    <message>
        <source>the programme has no surveillance audit</source>
        <translation>审核方案中没有监督审核</translation>
    </message>
    <message>
        <source>the programme has no recertification audit</source>
        <translation>审核方案中没有再认证审核</translation>
    </message>
    <message>
        <source>%1 starts on %2, before %3 ends on %4</source>
        <translation>%1的开始日期 %2 早于%3的结束日期 %4</translation>
    </message>
    <message>
        <source>%1 ends on %2, after the certification decision on %3</source>
        <translation>%1的结束日期 %2 晚于认证决定日期 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 leave %n control(s) of the catalogue uncovered: %2</source>
        <translation>
            <numerusform>%1未覆盖控制措施目录中的 %n 个控制措施：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>stage 1 and stage 2 together</source>
        <translation>第一阶段与第二阶段审核综合起来</translation>
    </message>
    <message>
        <source>the surveillance audits of the cycle together</source>
        <translation>本认证周期的各次监督审核综合起来</translation>
    </message>
    <message numerus="yes">
        <source>%1 do not sample the typical service(s) %2</source>
        <translation>
            <numerusform>%1未抽样以下典型服务：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 starts on %2, not after the certification decision on %3</source>
        <translation>%1的开始日期 %2 不在认证决定日期 %3 之后</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends on %2, %3 after the certification decision; at most %n month(s) (by %4)</source>
        <translation>
            <numerusform>%1于 %2 结束，在认证决定之后 %3；最多 %n 个月（%4 前）</numerusform>
        </translation>
    </message>
    <message>
        <source>no surveillance audit takes place in %1; one is needed in every calendar year after the first surveillance (%2) and before the recertification year (%3)</source>
        <translation>%1 年没有监督审核；在第一次监督审核（%2 年）之后、再认证年份（%3 年）之前的每个日历年，都需要安排一次监督审核</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends %2 after %3; at most %n month(s) (by %4)</source>
        <translation>
            <numerusform>%1在%3之后 %2结束；最多 %n 个月（%4 前）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ends on %2, after the certificate expires on %3</source>
        <translation>%1的结束日期 %2 晚于证书到期日 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends on %2, only %n day(s) before the certificate expires on %3</source>
        <translation>
            <numerusform>%1于 %2 结束，距证书到期日 %3 仅 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; plan it at least %n day(s) before</source>
        <translation>
            <numerusform>；请安排在到期日前至少 %n 天结束</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 covers none of the client&apos;s shifts (%2)</source>
        <translation>%1未覆盖该认证委托人的任何班次（%2）</translation>
    </message>
    <message>
        <source>%1 does not cover the shift “%2” and gives no reason</source>
        <translation>%1未覆盖班次“%2”，且未说明理由</translation>
    </message>
    <message>
        <source>%1 starts on %2, before the contract was signed on %3</source>
        <translation>%1的开始日期 %2 早于认证合同签订日期 %3</translation>
    </message>
    <message>
        <source>the programme has no certification decision date, planned or recorded</source>
        <translation>审核方案既没有计划的认证决定日期，也没有已记录的认证决定日期</translation>
    </message>
    <message>
        <source>%1 has no start or end date</source>
        <translation>%1缺少开始日期或结束日期</translation>
    </message>
    <message>
        <source>%1 starts on %2, after it ends on %3</source>
        <translation>%1的开始日期 %2 晚于其结束日期 %3</translation>
    </message>
    <message>
        <source>%1 (%2 to %3) lies outside the cycle, %4 to %5</source>
        <translation>%1（%2 至 %3）超出认证周期（%4 至 %5）</translation>
    </message>
    <message>
        <source>%1 is planned for %2 day(s); the review calculated %3 for it</source>
        <translation>%1计划 %2 人日；申请评审为其计算的是 %3 人日</translation>
    </message>
    <message>
        <source>%1 visits %2 of the client&apos;s %3 sites; at least %4 (IAF MD 1)</source>
        <translation>%1到访了该认证委托人 %3 个场所中的 %2 个；至少应到访 %4 个（IAF MD 1）</translation>
    </message>
    <message numerus="yes">
        <source>no audit of the cycle visits the site(s) %1</source>
        <translation>
            <numerusform>本认证周期内没有任何审核到访以下场所：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>finding %1: %2</source>
        <translation>审核发现 %1：%2</translation>
    </message>
    <message>
        <source>finding %1 is dated before the audit began (%2).</source>
        <translation>审核发现 %1 的日期早于审核开始日期（%2）。</translation>
    </message>
</context>
<context>
    <name>ProgrammeTimeline</name>
    <message>
        <source>Contract %1</source>
        <translation>认证合同 %1</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>认证决定 %1</translation>
    </message>
    <message>
        <source>Decision %1 (planned)</source>
        <translation>认证决定 %1（计划）</translation>
    </message>
    <message>
        <source>Expiry %1</source>
        <translation>到期日 %1</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>Programmes</source>
        <translation>审核方案</translation>
    </message>
    <message>
        <source>Three-year audit programmes: the cycle&apos;s audits, their windows, teams and coverage, checked against the rules</source>
        <translation>三年期审核方案：认证周期内的审核及其时间窗口、审核组和覆盖情况，均依据规则进行检查</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>新建审核方案</translation>
    </message>
    <message>
        <source>New audit programme</source>
        <translation>新建审核方案</translation>
    </message>
    <message>
        <source>There is no signed contract without a programme. A programme is made from a signed contract: sign one on the Contracts page first.</source>
        <translation>没有尚未建立审核方案的已签订的认证合同。审核方案根据已签订的认证合同建立：请先在“认证合同”页面签订一份认证合同。</translation>
    </message>
    <message>
        <source>%1 — %2 (signed %3, %4)</source>
        <translation>%1 — %2（签订于 %3，%4）</translation>
    </message>
    <message>
        <source>Signed &amp;contract:</source>
        <translation>已签订的认证合同(&amp;C)：</translation>
    </message>
    <message>
        <source>Certification decision &amp;planned on:</source>
        <translation>计划认证决定日期(&amp;P)：</translation>
    </message>
    <message>
        <source>Then choose Propose audits: stage 1 and stage 2 before the decision, the surveillances and the recertification after it, within the rules.</source>
        <translation>然后选择“建议审核”：在认证决定之前安排第一阶段和第二阶段审核，在其之后安排各次监督审核和再认证审核，均符合规则。</translation>
    </message>
    <message>
        <source>Filter by client or contract (Ctrl+F)</source>
        <translation>按认证委托人或认证合同筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Every word typed must appear in the client&apos;s name or the contract&apos;s number.</source>
        <translation>输入的每个词都须出现在认证委托人名称或认证合同编号中。</translation>
    </message>
    <message>
        <source>A programme is made from a signed contract</source>
        <translation>审核方案根据已签订的认证合同建立</translation>
    </message>
    <message>
        <source>Delete the selected programme (only while none of its audits is done)</source>
        <translation>删除所选审核方案（仅限其审核均未完成时）</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>删除审核方案</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: %2</source>
        <translation>无法删除“%1”：%2</translation>
    </message>
    <message>
        <source>Delete the programme “%1” with its audits?

You can bring it back with Edit → Undo.</source>
        <translation>是否删除审核方案“%1”及其审核？

可通过 编辑 → 撤销 恢复。</translation>
    </message>
    <message>
        <source>Delete programme “%1”</source>
        <translation>删除审核方案“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%Ln programme(s)</source>
        <translation>
            <numerusform>%Ln 个审核方案</numerusform>
        </translation>
    </message>
    <message>
        <source>an audit of it is done, so it is a record; cancel the audits that will not take place</source>
        <translation>其中已有审核已完成，因此该审核方案属于记录；请将不会实施的审核取消</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>新建审核方案(&amp;N)…</translation>
    </message>
    <message>
        <source>Make the audit programme of a signed contract</source>
        <translation>为已签订的认证合同建立审核方案</translation>
    </message>
    <message>
        <source>audit-programme-%1.pdf</source>
        <translation>审核方案-%1.pdf</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>%1 discards the unsaved changes to “%2”. Continue?</source>
        <translation>%1将放弃对“%2”未保存的修改。是否继续？</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”? What you typed since the last save is lost.</source>
        <translation>放弃对“%1”的修改吗？自上次保存以来输入的内容将丢失。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>放弃更改(&amp;D)</translation>
    </message>
    <message>
        <source>Forget the changes since the last save</source>
        <translation>放弃自上次保存以来的修改</translation>
    </message>
    <message>
        <source>%1 — unsaved changes</source>
        <translation>%1 — 有未保存的修改</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>已于 %1 保存。</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>Client</source>
        <translation>认证委托人</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>法律实体</translation>
    </message>
    <message>
        <source>ISO/IEC 27017 control</source>
        <translation>ISO/IEC 27017 控制措施</translation>
    </message>
    <message>
        <source>Scope class</source>
        <translation>业务范围类别</translation>
    </message>
    <message>
        <source>Audit-time table row</source>
        <translation>审核时间表行</translation>
    </message>
    <message>
        <source>Rule parameter</source>
        <translation>规则参数</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>能力确认</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>继续教育</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Hours (class hours)</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <source>Cloud guidance</source>
        <translation>云服务实施指南</translation>
    </message>
    <message>
        <source>Extended control</source>
        <translation>云服务扩展控制</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Personnel from</source>
        <translation>人数下限</translation>
    </message>
    <message>
        <source>Personnel to</source>
        <translation>人数上限</translation>
    </message>
    <message>
        <source>Auditor days</source>
        <translation>审核人日</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Read only: no user profile is chosen, and every change is recorded under a person&apos;s name. Choose yours with File → Switch user… to make changes.</source>
        <translation>只读：尚未选择用户档案，而每项修改都要记录在某个人的名下。请用“文件 → 切换用户…”选择您的档案后再修改。</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>the member “%1” is missing</source>
        <translation>缺少成员“%1”</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Enter the control&apos;s catalogue ID, such as 5.1.1 or CLD.6.3.1.</source>
        <translation>请输入控制措施的目录编号，例如 5.1.1 或 CLD.6.3.1。</translation>
    </message>
    <message>
        <source>A catalogue ID has at most 32 letters, digits, dots and hyphens, such as 5.1.1 or CLD.6.3.1.</source>
        <translation>目录编号最多 32 个字母、数字、点和连字符，例如 5.1.1 或 CLD.6.3.1。</translation>
    </message>
    <message>
        <source>Enter the clause the control belongs to, such as 5.</source>
        <translation>请输入控制措施所属的章条，例如 5。</translation>
    </message>
    <message>
        <source>Enter the Chinese title; reference data carries both languages.</source>
        <translation>请输入中文标题；参考数据须包含中英两种语言。</translation>
    </message>
    <message>
        <source>Enter the English title; reference data carries both languages.</source>
        <translation>请输入英文标题；参考数据须包含中英两种语言。</translation>
    </message>
    <message>
        <source>Enter the scope class code, such as CS-01.</source>
        <translation>请输入业务范围类别代码，例如 CS-01。</translation>
    </message>
    <message>
        <source>A scope class code has at most 32 letters, digits, dots, hyphens and underscores, such as CS-01.</source>
        <translation>业务范围类别代码最多 32 个字母、数字、点、连字符和下划线，例如 CS-01。</translation>
    </message>
    <message>
        <source>Enter the Chinese name; reference data carries both languages.</source>
        <translation>请输入中文名称；参考数据须包含中英两种语言。</translation>
    </message>
    <message>
        <source>Enter the English name; reference data carries both languages.</source>
        <translation>请输入英文名称；参考数据须包含中英两种语言。</translation>
    </message>
    <message>
        <source>Choose the risk level: high, medium or low.</source>
        <translation>请选择风险等级：高、中或低。</translation>
    </message>
    <message>
        <source>The smallest number of personnel is 1 or more.</source>
        <translation>人数下限至少为 1。</translation>
    </message>
    <message>
        <source>The largest number of personnel cannot be below the smallest.</source>
        <translation>人数上限不能小于人数下限。</translation>
    </message>
    <message>
        <source>Enter the auditor days: more than 0, at most 1000.</source>
        <translation>请输入审核人日数：大于 0，最多 1000。</translation>
    </message>
    <message>
        <source>The range %1–%2 overlaps the row for %3–%4 personnel; each number of personnel belongs to one row.</source>
        <translation>范围 %1–%2 与 %3–%4 人的行重叠；每个人数只能属于一行。</translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message>
        <source>ISO/IEC 27017 controls</source>
        <translation>ISO/IEC 27017 控制措施</translation>
    </message>
    <message>
        <source>Business-scope classes</source>
        <translation>业务范围分类</translation>
    </message>
    <message>
        <source>ISO/IEC 27006 audit time</source>
        <translation>ISO/IEC 27006 审核时间</translation>
    </message>
    <message>
        <source>The shipped reference data could not be written, and nothing was changed: %1</source>
        <translation>无法写入随程序提供的参考数据，未做任何更改：%1</translation>
    </message>
    <message>
        <source>The catalogue already has a control %1; each ID appears once.</source>
        <translation>目录中已有控制措施 %1；每个编号只能出现一次。</translation>
    </message>
    <message>
        <source>The control was not saved: %1</source>
        <translation>控制措施未保存：%1</translation>
    </message>
    <message>
        <source>The control could not be saved, and nothing was changed: %1</source>
        <translation>控制措施无法保存，未做任何更改：%1</translation>
    </message>
    <message>
        <source>The control no longer exists; the list was out of date.</source>
        <translation>该控制措施已不存在；列表已过时。</translation>
    </message>
    <message>
        <source>There is already a scope class %1; each code appears once.</source>
        <translation>已有业务范围类别 %1；每个代码只能出现一次。</translation>
    </message>
    <message numerus="yes">
        <source>The code %1 is used by %n record(s), so it cannot change. Add a new class and retire this one instead.</source>
        <translation>
            <numerusform>代码 %1 已被 %n 条记录使用，因此不能更改。请新增一个类别，并停用此类别。</numerusform>
        </translation>
    </message>
    <message>
        <source>The scope class was not saved: %1</source>
        <translation>业务范围类别未保存：%1</translation>
    </message>
    <message>
        <source>The scope class could not be saved, and nothing was changed: %1</source>
        <translation>业务范围类别无法保存，未做任何更改：%1</translation>
    </message>
    <message>
        <source>The scope class no longer exists; the list was out of date.</source>
        <translation>该业务范围类别已不存在；列表已过时。</translation>
    </message>
    <message numerus="yes">
        <source>The scope class %1 is used by %n record(s), so it cannot be deleted. Retire it instead: it is then no longer offered but kept for the records.</source>
        <translation>
            <numerusform>业务范围类别 %1 已被 %n 条记录使用，因此不能删除。请改为停用：停用后不再供选择，但仍保留在记录中。</numerusform>
        </translation>
    </message>
    <message>
        <source>The scope class could not be deleted, and nothing was changed: %1</source>
        <translation>业务范围类别无法删除，未做任何更改：%1</translation>
    </message>
    <message>
        <source>The audit-time row was not saved: %1</source>
        <translation>审核时间行未保存：%1</translation>
    </message>
    <message>
        <source>The audit-time row could not be saved, and nothing was changed: %1</source>
        <translation>审核时间行无法保存，未做任何更改：%1</translation>
    </message>
    <message>
        <source>The audit-time row could not be deleted, and nothing was changed: %1</source>
        <translation>审核时间行无法删除，未做任何更改：%1</translation>
    </message>
    <message>
        <source>The shipped values of %1 could not be restored, and nothing was changed: %2</source>
        <translation>无法恢复“%1”的出厂数据，未做任何更改：%2</translation>
    </message>
    <message>
        <source>Public information (5.1.1)</source>
        <translation>公开信息（5.1.1）</translation>
    </message>
</context>
<context>
    <name>ReferenceTableModel</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Entries of %1 are not retired; delete or change them instead.</source>
        <translation>%1中的条目不能停用；请删除或修改。</translation>
    </message>
    <message>
        <source>Entries of %1 cannot be deleted; retire them instead.</source>
        <translation>%1中的条目不能删除；请改为停用。</translation>
    </message>
    <message>
        <source>Add an entry to %1</source>
        <translation>在%1中新增条目</translation>
    </message>
    <message>
        <source>Edit an entry of %1</source>
        <translation>修改%1的条目</translation>
    </message>
    <message>
        <source>Reinstate an entry of %1</source>
        <translation>恢复启用%1的条目</translation>
    </message>
    <message>
        <source>Retire an entry of %1</source>
        <translation>停用%1的条目</translation>
    </message>
    <message>
        <source>Delete an entry of %1</source>
        <translation>删除%1的条目</translation>
    </message>
    <message>
        <source>Restore the shipped %1</source>
        <translation>恢复出厂的%1</translation>
    </message>
</context>
<context>
    <name>ReferenceTablePage</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>新建条目(&amp;N)</translation>
    </message>
    <message>
        <source>Add an entry to %1 (Ctrl+N)</source>
        <translation>向%1添加条目（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the entry (Ctrl+S); the change log records it</source>
        <translation>保存条目（Ctrl+S）；变更日志会记录此修改</translation>
    </message>
    <message>
        <source>Forget the changes since the last save</source>
        <translation>放弃自上次保存以来的修改</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected entry (only one that no record uses)</source>
        <translation>删除所选条目（仅限未被任何记录使用的）</translation>
    </message>
    <message>
        <source>Restore &amp;shipped values…</source>
        <translation>恢复出厂值(&amp;S)…</translation>
    </message>
    <message>
        <source>Give %1 the values shipped with the program again (asks first)</source>
        <translation>将%1恢复为程序随附的数值（会先询问）</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>%1–%2 personnel</source>
        <translation>%1–%2 人</translation>
    </message>
    <message>
        <source>new entry</source>
        <translation>新条目</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新条目</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>%1 — unsaved changes</source>
        <translation>%1 — 有未保存的修改</translation>
    </message>
    <message>
        <source>Select an entry to see it here, or add one with New entry.</source>
        <translation>选择一个条目即可在此查看，或用“新建条目”添加。</translation>
    </message>
    <message>
        <source>Select an entry to see it here.</source>
        <translation>选择一个条目即可在此查看。</translation>
    </message>
    <message>
        <source>Re&amp;instate</source>
        <translation>重新启用(&amp;I)</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>Offer the entry again</source>
        <translation>重新提供该条目</translation>
    </message>
    <message>
        <source>No longer offer the entry; it is kept for the records</source>
        <translation>不再提供该条目；为记录起见仍予保留</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entry(s)</source>
        <translation>
            <numerusform>%Ln 个条目中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>已于 %1 保存。</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>已在%2中保存“%1”。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The entry “%1” has changes that are not saved yet. Save them?</source>
        <translation>条目“%1”有尚未保存的修改。是否保存？</translation>
    </message>
    <message>
        <source>Retired “%1”: it is no longer offered, and kept for the records.</source>
        <translation>已停用“%1”：不再提供，但为记录起见仍予保留。</translation>
    </message>
    <message>
        <source>“%1” is offered again.</source>
        <translation>“%1”已重新启用。</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <source>Delete “%1” from %2? The change log keeps a record of it.</source>
        <translation>从%2中删除“%1”？变更日志会保留记录。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Restore shipped values</source>
        <translation>恢复出厂值</translation>
    </message>
    <message>
        <source>Restore the shipped values of %1?

Entries you changed get their shipped values back; entries you added are retired (or deleted when no record uses them). The change log records every change.</source>
        <translation>将%1恢复为出厂值？

修改过的条目恢复为程序随附的数值；新增的条目将被停用（若无任何记录使用则删除）。变更日志会记录每一项修改。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restored the shipped values of %1.</source>
        <translation>已将%1恢复为出厂值。</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>放弃更改(&amp;D)</translation>
    </message>
</context>
<context>
    <name>RegulatoryExport</name>
    <message>
        <source>%1-%2 is not a month; give the year and the month, e.g. 2026-03.</source>
        <translation>%1-%2 不是有效的月份；请填写年份和月份，例如 2026-03。</translation>
    </message>
    <message numerus="yes">
        <source>The CertSearch sheet was not written to %1: the register has %n problem(s) IAF CertSearch would refuse, and an upload must not be silently wrong. Correct what is listed and export again.</source>
        <translation>
            <numerusform>CertSearch 工作表未写入 %1：证书清单中有 %n 个问题会被 IAF CertSearch 拒绝，而上传的数据不得在无提示的情况下出错。请更正所列问题后重新导出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBatch</name>
    <message>
        <source>There is no programme report to write: no client has audits in those dates.</source>
        <translation>没有可输出的审核方案报告：在这些日期内没有认证委托人安排审核。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>Audit programme reports</source>
        <translation>审核方案报告</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: %2</source>
        <translation>无法写入文件夹 %1：%2</translation>
    </message>
    <message>
        <source>The report %1 cannot be moved into %2.</source>
        <translation>无法将报告 %1 移入 %2。</translation>
    </message>
</context>
<context>
    <name>ReportFrame</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Generated on %1 by CSISMS Desk</source>
        <translation>由 CSISMS Desk 于 %1 生成</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>CNCA approval %1</source>
        <translation>国家认监委批准号 %1</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>中文 + English</source>
        <translation>中文 + English</translation>
    </message>
    <message>
        <source>The language of this report (independent of the window&apos;s)</source>
        <translation>本报告的语言（与窗口语言无关）</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file (%1)</source>
        <translation>将报告另存为 PDF 文件（%1）</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报告另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>The report could not be drawn into %1.</source>
        <translation>无法将报告绘制到 %1。</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <source>&amp;CNCA monthly information report…</source>
        <translation>CNCA 月度信息报送(&amp;C)…</translation>
    </message>
    <message>
        <source>The audit-plan, certificate and audit-result sheets of a month, as an .xlsx file for the national platform (due by the 10th of the next month)</source>
        <translation>某月的审核计划、证书和审核结果信息表，生成供国家平台报送的 .xlsx 文件（应于次月 10 日前报送）</translation>
    </message>
    <message>
        <source>IAF Cert&amp;Search upload sheet…</source>
        <translation>IAF CertSearch 上传表(&amp;S)…</translation>
    </message>
    <message>
        <source>The certificate register as the IAF CertSearch bulk-upload spreadsheet</source>
        <translation>将证书清单导出为 IAF CertSearch 批量上传电子表格</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>请先打开数据库。</translation>
    </message>
    <message>
        <source>The report could not be read from the database, and no file was written: %1</source>
        <translation>无法从数据库读取报表数据，未写入任何文件：%1</translation>
    </message>
    <message>
        <source>The register could not be read from the database, and no file was written: %1</source>
        <translation>无法从数据库读取证书清单，未写入任何文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more.</source>
        <translation>
            <numerusform>
… 另有 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>CNCA monthly information report</source>
        <translation>CNCA 月度信息报送</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Save the CNCA report</source>
        <translation>保存 CNCA 报送文件</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The report of %1 was written to %2.</source>
        <translation>%1 的报送数据已写入 %2。</translation>
    </message>
    <message>
        <source>Save the IAF CertSearch sheet</source>
        <translation>保存 IAF CertSearch 上传表</translation>
    </message>
    <message>
        <source>IAF CertSearch upload sheet</source>
        <translation>IAF CertSearch 上传表</translation>
    </message>
    <message>
        <source>The certificate register was written to %1. Check the accreditation status column before uploading.</source>
        <translation>证书清单已写入 %1。上传前请检查认可状态列。</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>报表(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Audit programme reports…</source>
        <translation>审核方案报告(&amp;A)…</translation>
    </message>
    <message>
        <source>The audit programme reports of every client with audits in a period, as PDF</source>
        <translation>某一期间内有审核的每个认证委托人的审核方案报告，输出为 PDF</translation>
    </message>
    <message>
        <source>Public &amp;information sheet…</source>
        <translation>公开信息表(&amp;I)…</translation>
    </message>
    <message>
        <source>What the body makes public to clients under rule 5.1.1, with its texts from Settings → Public information</source>
        <translation>本机构依据规则 5.1.1 向认证委托人公开的信息，内容取自“设置 → 公开信息”</translation>
    </message>
    <message>
        <source>public-information-%1.pdf</source>
        <translation>公开信息表-%1.pdf</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backup of</source>
        <translation>备份日期</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>写入时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>认证委托人</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>认证申请</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>审核方案</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Change-log entries</source>
        <translation>变更日志条目</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>There is no backup of this database yet. One is made every day it is open and when the window closes, in %1.</source>
        <translation>本数据库尚无备份。数据库打开期间每天以及关闭窗口时都会在 %1 中建立一份备份。</translation>
    </message>
    <message>
        <source>In %1.</source>
        <translation>位于 %1。</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>选择文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Keep the backups on another disk, so that they outlive this one</source>
        <translation>将备份保存在另一块磁盘上，这块磁盘损坏时备份仍在</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>From now on the backups go to %1.</source>
        <translation>此后备份将保存到 %1。</translation>
    </message>
    <message>
        <source>Backups are kept in:</source>
        <translation>备份保存位置：</translation>
    </message>
    <message>
        <source>&amp;Keep the newest daily backups:</source>
        <translation>保留最近的每日备份数(&amp;K)：</translation>
    </message>
    <message>
        <source>Replace the open database by the backup of %1 (%2)? Everything written since then is replaced; the current file is backed up first, so this can be taken back by restoring that copy.</source>
        <translation>用 %1（%2）的备份替换当前打开的数据库吗？此后写入的所有内容都将被替换；当前文件会先备份，因此可以通过恢复该副本撤回此操作。</translation>
    </message>
</context>
<context>
    <name>RetentionCheck</name>
    <message>
        <source>Nothing recorded yet: no retention date.</source>
        <translation>尚无记录：没有保存期限。</translation>
    </message>
    <message>
        <source>Records kept until %1 — that day has passed: the dossier may be disposed of under the body&apos;s procedure (rule Records).</source>
        <translation>记录保存至 %1——该日期已过：可按本机构的程序处置该档案（规则 Records）。</translation>
    </message>
    <message>
        <source>Records kept until %1: the current cycle plus one full cycle, and at least the set number of years after the certificate ends (rule Records).</source>
        <translation>记录保存至 %1：当前认证周期再加一个完整周期，且在证书终止后至少保存设定的年数（规则 Records）。</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>Select a review in the list to see it here. A review is started from its application: Start review on the Applications page.</source>
        <translation>在列表中选择一项评审即可在此查看。评审须从对应的认证申请发起：在“认证申请”页面选择“开始申请评审”。</translation>
    </message>
    <message>
        <source>No reviews yet. Open a submitted application on the Applications page and choose Start review.</source>
        <translation>还没有申请评审。请在“认证申请”页面打开一份已提交的申请，然后选择“开始申请评审”。</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>新评审</translation>
    </message>
    <message>
        <source>new review</source>
        <translation>新评审</translation>
    </message>
    <message>
        <source>Save the review (Ctrl+S)</source>
        <translation>保存评审（Ctrl+S）</translation>
    </message>
    <message>
        <source>The review “%1” has changes that are not saved yet. Save them?</source>
        <translation>评审“%1”有尚未保存的修改。是否保存？</translation>
    </message>
    <message>
        <source>Add review “%1”</source>
        <translation>新增评审“%1”</translation>
    </message>
    <message>
        <source>Edit review “%1”</source>
        <translation>修改评审“%1”</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>无法读取该评审：%1</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>认证申请：</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>评审员：</translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation>评审日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Audit planned fro&amp;m:</source>
        <translation>计划审核日期自(&amp;M)：</translation>
    </message>
    <message>
        <source>Audit planned &amp;until:</source>
        <translation>计划审核日期至(&amp;U)：</translation>
    </message>
    <message>
        <source>A&amp;greed on:</source>
        <translation>达成一致日期(&amp;G)：</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>评审结论(&amp;C)：</translation>
    </message>
    <message>
        <source>Reaso&amp;ns:</source>
        <translation>理由(&amp;N)：</translation>
    </message>
    <message>
        <source>Remar&amp;ks:</source>
        <translation>备注(&amp;K)：</translation>
    </message>
    <message>
        <source>The parties &amp;agree on the certification (R-5.2.3 (3))</source>
        <translation>双方已就认证达成一致(&amp;A)（R-5.2.3 (3)）</translation>
    </message>
    <message>
        <source>The auditors&apos; competence is checked over the planned audit period (R-5.2.3 (2))</source>
        <translation>在计划审核期间内核查审核员的专业能力（R-5.2.3 (2)）</translation>
    </message>
    <message>
        <source>Why: the applicant is told (R-5.2.5)</source>
        <translation>理由：将告知认证委托人（R-5.2.5）</translation>
    </message>
    <message>
        <source>On-&amp;site share (%):</source>
        <translation>现场审核比例(&amp;S)（%）：</translation>
    </message>
    <message>
        <source>Stage &amp;1 days (empty: the usual share):</source>
        <translation>第一阶段人日数(&amp;1)（为空：按通常比例）：</translation>
    </message>
    <message>
        <source>&amp;Table days set by hand:</source>
        <translation>人工设定的查表人日数(&amp;T)：</translation>
    </message>
    <message>
        <source>Only beyond the audit-time table&apos;s last row (AT-table): the body&apos;s figure, with the reason in the remarks</source>
        <translation>仅在超出审核时间表最后一行时填写（AT-table）：本机构确定的人日数，并在备注中说明理由</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Add adjustment</source>
        <translation>添加调整</translation>
    </message>
    <message>
        <source>Remove adjustment</source>
        <translation>删除调整</translation>
    </message>
    <message>
        <source>Negative: a reduction; the net reduction is at most the parameter (AT-reduction)</source>
        <translation>负数表示减少；净减少不超过规则参数（AT-reduction）</translation>
    </message>
    <message>
        <source>Finalise the review…</source>
        <translation>定稿评审…</translation>
    </message>
    <message>
        <source>Makes the review a record with its decision: never edited again</source>
        <translation>将评审连同其评审结论定为记录：此后不可再修改</translation>
    </message>
    <message>
        <source>Correct: new review</source>
        <translation>更正：新建评审</translation>
    </message>
    <message>
        <source>A finalised review is corrected by a new review that supersedes it; both are kept</source>
        <translation>已定稿的评审通过新建一项替代它的评审来更正；两者均予保留</translation>
    </message>
    <message>
        <source>Make the contract</source>
        <translation>生成认证合同</translation>
    </message>
    <message>
        <source>The certification contract (5.3) from this review: its audit time carried over</source>
        <translation>根据本评审生成认证合同（5.3）：沿用其审核时间</translation>
    </message>
    <message>
        <source>Audit time</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <source>Adjustments (%1)</source>
        <translation>调整（%1）</translation>
    </message>
    <message>
        <source>finalised %1</source>
        <translation>已于 %1 定稿</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Review of %1 (%2)</source>
        <translation>%1 的申请评审（%2）</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The application of this review could not be read: %1</source>
        <translation>无法读取该评审对应的认证申请：%1</translation>
    </message>
    <message>
        <source>“%1” is not a number; enter one such as 85 or 2.5.</source>
        <translation>“%1”不是数字；请输入数字，例如 85 或 2.5。</translation>
    </message>
    <message>
        <source>Enter the on-site share, e.g. 100.</source>
        <translation>请输入现场审核比例，例如 100。</translation>
    </message>
    <message>
        <source>✗ %1: no qualified auditor (R-5.2.3 (2))</source>
        <translation>✗ %1：没有具备资格的审核员（R-5.2.3 (2)）</translation>
    </message>
    <message>
        <source>✓ %1: %2 (R-5.2.3 (2))</source>
        <translation>✓ %1：%2（R-5.2.3 (2)）</translation>
    </message>
    <message>
        <source>No check fails: the application may be accepted.</source>
        <translation>没有未通过的核查项：申请可以受理。</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) keep the application from being accepted.</source>
        <translation>
            <numerusform>有 %n 项核查未通过，申请不能受理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Effective personnel: %1
Table days: %2
Adjustment: %3 %
Adjusted days: %4
Stage 1: %5   Stage 2: %6
On-site: %7
Surveillance: %8   Recertification: %9</source>
        <translation>有效人数：%1
查表人日数：%2
调整：%3 %
调整后人日数：%4
第一阶段：%5   第二阶段：%6
现场：%7
监督审核：%8   再认证：%9</translation>
    </message>
    <message>
        <source>Finalise the review</source>
        <translation>定稿评审</translation>
    </message>
    <message>
        <source>Finalise the review of %1 with the decision “%2”?

The review becomes a record and is never edited again (a correction is a new review); the application becomes %3.</source>
        <translation>确定以评审结论“%2”将 %1 的评审定稿吗？

评审将成为记录，此后不再修改（更正须新建评审）；该申请的状态将变为“%3”。</translation>
    </message>
    <message>
        <source>Finalise review “%1”</source>
        <translation>定稿评审“%1”</translation>
    </message>
    <message>
        <source>The review is finalised: a record from now on.</source>
        <translation>评审已定稿：此后作为记录保存。</translation>
    </message>
    <message>
        <source>Correct review “%1”</source>
        <translation>更正评审“%1”</translation>
    </message>
    <message>
        <source>Make the contract of review “%1”</source>
        <translation>为评审“%1”生成认证合同</translation>
    </message>
    <message>
        <source>Checks (rules 5.2, as of today)</source>
        <translation>检查（规则 5.2，按今日计算）</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <source>superseded by review #%1</source>
        <translation>已被评审 #%1 替代</translation>
    </message>
    <message>
        <source>finalised %1</source>
        <translation>已于 %1 定稿</translation>
    </message>
    <message>
        <source>draft, correcting review #%1</source>
        <translation>草稿，更正评审 #%1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>认证申请</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>认证委托人</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审员</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>评审日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>评审结论</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The review list could not be read: %1</source>
        <translation>无法读取评审列表：%1</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>Application review record</source>
        <translation>申请评审记录</translation>
    </message>
    <message>
        <source>Review %1 of application %2</source>
        <translation>认证申请 %2 的第 %1 号评审</translation>
    </message>
    <message>
        <source>1 Application</source>
        <translation>1 认证申请</translation>
    </message>
    <message>
        <source>%1: %2 people</source>
        <translation>%1：%2 人</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>认证申请</translation>
    </message>
    <message>
        <source>%1, received %2</source>
        <translation>%1，%2 受理</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>认证委托人</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>认证依据</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>认证范围</translation>
    </message>
    <message>
        <source>Scope classes</source>
        <translation>专业类别</translation>
    </message>
    <message>
        <source>Personnel in scope</source>
        <translation>范围内人数</translation>
    </message>
    <message>
        <source>Groups doing the same work</source>
        <translation>从事相同工作的人员</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Outsourced processes</source>
        <translation>外包过程</translation>
    </message>
    <message>
        <source>2 Eligibility of the applicant</source>
        <translation>2 认证委托人的申请条件</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>3 Competence for the scope classes</source>
        <translation>3 专业类别的能力</translation>
    </message>
    <message>
        <source>no eligible auditor</source>
        <translation>没有符合条件的审核员</translation>
    </message>
    <message>
        <source>Scope class</source>
        <translation>专业类别</translation>
    </message>
    <message>
        <source>Auditors eligible over the planned period</source>
        <translation>计划期间符合条件的审核员</translation>
    </message>
    <message>
        <source>Eligibility and competence as the register stands on %1.</source>
        <translation>申请条件和能力按 %1 的登记情况判定。</translation>
    </message>
    <message>
        <source>4 Audit time</source>
        <translation>4 审核时间</translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>未计算：%1</translation>
    </message>
    <message>
        <source>Effective personnel</source>
        <translation>有效人数</translation>
    </message>
    <message>
        <source>Days from the table</source>
        <translation>查表人日</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>%1 %: %2</source>
        <translation>%1 %：%2</translation>
    </message>
    <message>
        <source>Net adjustment</source>
        <translation>净调整</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Adjusted days</source>
        <translation>调整后人日</translation>
    </message>
    <message>
        <source>Stage 1 / stage 2</source>
        <translation>第一阶段 / 第二阶段</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>%1 (%2 % of stage 2)</source>
        <translation>%1（第二阶段的 %2 %）</translation>
    </message>
    <message>
        <source>Each surveillance</source>
        <translation>每次监督审核</translation>
    </message>
    <message>
        <source>Recertification</source>
        <translation>再认证</translation>
    </message>
    <message>
        <source>The figures as kept when the review was finalised.</source>
        <translation>以上为评审定稿时保存的数字。</translation>
    </message>
    <message>
        <source>5 Findings of the review</source>
        <translation>5 评审发现的问题</translation>
    </message>
    <message>
        <source>✓ No rule is broken.</source>
        <translation>✓ 未违反任何规则。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>6 Conclusion</source>
        <translation>6 评审结论</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Agreed with the client</source>
        <translation>与认证委托人达成一致</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>是，%1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>not yet: a draft</source>
        <translation>尚未定稿：草稿</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审人员</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>There is no application review %1.</source>
        <translation>不存在编号为 %1 的申请评审。</translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>The application of this review no longer exists.</source>
        <translation>该评审对应的认证申请已不存在。</translation>
    </message>
    <message>
        <source>A finalised review is a record and is never changed. To correct it, start a correction: a new review that supersedes it (both are kept).</source>
        <translation>已定稿的评审是记录，不会再更改。如需更正，请发起更正：新建一项替代它的评审（两者均予保留）。</translation>
    </message>
    <message>
        <source>The review was not saved: %1</source>
        <translation>评审未保存：%1</translation>
    </message>
    <message>
        <source>The review could not be saved, and nothing was changed: %1</source>
        <translation>评审无法保存，未做任何更改：%1</translation>
    </message>
    <message>
        <source>The application no longer exists; the list was out of date.</source>
        <translation>该认证申请已不存在；列表已过时。</translation>
    </message>
    <message>
        <source>This application already has a review in progress; go on with it.</source>
        <translation>该申请已有一项进行中的评审；请继续该评审。</translation>
    </message>
    <message>
        <source>A review is opened on a submitted application; this one is %1.</source>
        <translation>只能对已提交的申请发起评审；该申请当前为“%1”。</translation>
    </message>
    <message>
        <source>The review could not be started, and nothing was changed: %1</source>
        <translation>评审无法开始，未做任何更改：%1</translation>
    </message>
    <message>
        <source>Only a finalised review is corrected; a draft is simply edited.</source>
        <translation>只有已定稿的评审才需要更正；草稿直接修改即可。</translation>
    </message>
    <message>
        <source>This review is already corrected by a later one; correct that one instead.</source>
        <translation>该评审已被后来的评审更正；请改为更正那一项。</translation>
    </message>
    <message>
        <source>The correction could not be started, and nothing was changed: %1</source>
        <translation>更正无法开始，未做任何更改：%1</translation>
    </message>
    <message>
        <source>The review no longer exists; the list was out of date.</source>
        <translation>该评审已不存在；列表已过时。</translation>
    </message>
    <message>
        <source>The review is finalised already.</source>
        <translation>该评审已定稿。</translation>
    </message>
    <message>
        <source>Choose the decision: accept, refuse or request supplement (R-5.2.5).</source>
        <translation>请选择评审结论：受理、不予受理或要求补充完善（R-5.2.5）。</translation>
    </message>
    <message>
        <source>The review was not finalised: %1</source>
        <translation>评审未定稿：%1</translation>
    </message>
    <message>
        <source>Review of %1: %2</source>
        <translation>%1 的申请评审：%2</translation>
    </message>
    <message>
        <source>Correction: review #%1 supersedes review #%2. %3</source>
        <translation>更正：评审 #%1 替代评审 #%2。%3</translation>
    </message>
    <message>
        <source>The review could not be finalised, and nothing was changed: %1</source>
        <translation>评审无法定稿，未做任何更改：%1</translation>
    </message>
    <message>
        <source>A finalised review is a record and is kept; correct it with a new review instead.</source>
        <translation>已定稿的评审是记录，予以保留；请改为新建评审进行更正。</translation>
    </message>
    <message>
        <source>The review could not be deleted, and nothing was changed: %1</source>
        <translation>评审无法删除，未做任何更改：%1</translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <source>accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>request supplement</source>
        <translation>要求补充完善</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>尚未作出结论</translation>
    </message>
    <message>
        <source>The application names no scope class, so competence cannot be checked (R-5.2.3 (2)).</source>
        <translation>该申请未注明业务范围类别，因此无法核查专业能力（R-5.2.3 (2)）。</translation>
    </message>
    <message>
        <source>Enter the planned audit period: competence is checked over it (R-5.2.3 (2)).</source>
        <translation>请输入计划审核期间：专业能力按该期间核查（R-5.2.3 (2)）。</translation>
    </message>
    <message>
        <source>No auditor of the body is qualified for %1 from %2 to %3: none holds a valid registration and a confirmed competence for it without a conflict with the client (R-5.2.3 (2)).</source>
        <translation>本机构没有在 %2 至 %3 期间具备 %1 资格的审核员：没有人同时持有有效注册和经确认的相应专业能力，且与认证委托人无利益冲突（R-5.2.3 (2)）。</translation>
    </message>
    <message>
        <source>The parties&apos; agreement is not recorded: tick it with its date (R-5.2.3 (3)).</source>
        <translation>未记录双方达成一致：请勾选并填写日期（R-5.2.3 (3)）。</translation>
    </message>
    <message>
        <source>The audit time cannot be computed: %1</source>
        <translation>无法计算审核时间：%1</translation>
    </message>
    <message>
        <source>Enter the date of the review.</source>
        <translation>请输入评审日期。</translation>
    </message>
    <message>
        <source>The planned audit cannot end before it starts.</source>
        <translation>计划审核的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>The on-site share is a percentage from 0 to 100.</source>
        <translation>现场审核比例是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>Stage 1 days are a number of at least 0, or empty for the usual share.</source>
        <translation>第一阶段人日数应不小于 0；留空则按通常比例计算。</translation>
    </message>
    <message>
        <source>The days set by hand are a number above 0.</source>
        <translation>人工设定的人日数应大于 0。</translation>
    </message>
    <message>
        <source>Enter the date the parties agreed.</source>
        <translation>请输入双方达成一致的日期。</translation>
    </message>
    <message>
        <source>An adjustment is a percentage above −100 and at most 100.</source>
        <translation>调整是大于 −100、不超过 100 的百分比。</translation>
    </message>
    <message>
        <source>Give the reason for the adjustment.</source>
        <translation>请填写调整的理由。</translation>
    </message>
    <message>
        <source>Give the reasons of the decision: the applicant is told them (R-5.2.5).</source>
        <translation>请填写评审结论的理由：理由将告知认证委托人（R-5.2.5）。</translation>
    </message>
    <message>
        <source>An applicant ordered to suspend business or on a dishonesty list is refused, whatever else stands (R-5.2.2): %1</source>
        <translation>被责令停业整顿或被列入失信名单的认证委托人，无论其他情况如何，均不予受理（R-5.2.2）：%1</translation>
    </message>
    <message numerus="yes">
        <source>The application cannot be accepted while %n check(s) fail (%1): %2</source>
        <translation>
            <numerusform>有 %n 项核查未通过（%1），申请不能受理：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>Reviews</source>
        <translation>申请评审</translation>
    </message>
    <message>
        <source>Application reviews: checks, audit time, decision</source>
        <translation>申请评审：核查、审核时间、评审结论</translation>
    </message>
    <message>
        <source>Filter by application, client or reviewer (Ctrl+F)</source>
        <translation>按认证申请、认证委托人或评审员筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Every word typed must appear in the application&apos;s number, the client&apos;s name or the reviewer.</source>
        <translation>输入的每个词都必须出现在申请编号、认证委托人名称或评审员姓名中。</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>新建评审</translation>
    </message>
    <message>
        <source>A review is started from its application on the Applications page</source>
        <translation>评审须在“认证申请”页面从对应的申请发起</translation>
    </message>
    <message>
        <source>Delete the selected review (only a draft)</source>
        <translation>删除所选评审（仅限草稿）</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>删除评审</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: %2</source>
        <translation>无法删除“%1”：%2</translation>
    </message>
    <message>
        <source>Delete the draft review “%1”?

You can bring it back with Edit → Undo.</source>
        <translation>删除评审草稿“%1”吗？

可以用“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>Delete review “%1”</source>
        <translation>删除评审“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln 项评审</numerusform>
        </translation>
    </message>
    <message>
        <source>a finalised review is a record; correct it with a new review instead</source>
        <translation>已定稿的评审是记录；请改为新建评审进行更正</translation>
    </message>
    <message>
        <source>Drafts onl&amp;y</source>
        <translation>仅草稿(&amp;Y)</translation>
    </message>
    <message>
        <source>Only the reviews not finalised yet</source>
        <translation>只显示尚未定稿的评审</translation>
    </message>
    <message>
        <source>application-review-%1.pdf</source>
        <translation>申请评审记录-%1.pdf</translation>
    </message>
</context>
<context>
    <name>RuleParameterModel</name>
    <message>
        <source>The rule parameters could not be read; the defaults are shown: %1</source>
        <translation>无法读取规则参数，当前显示默认值：%1</translation>
    </message>
    <message>
        <source>%1
(key %2)</source>
        <translation>%1
（键名 %2）</translation>
    </message>
    <message>
        <source>The default is in force.</source>
        <translation>当前使用默认值。</translation>
    </message>
    <message>
        <source>Changed by the body; the default is %1 %2.</source>
        <translation>已由本机构修改；默认值为 %1 %2。</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value in force (bold: changed by the body)</source>
        <translation>现行值（粗体：已由本机构修改）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Rule IDs of the certification rules that use the parameter</source>
        <translation>使用该参数的认证规则编号</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Change the rule parameter “%1”</source>
        <translation>修改规则参数“%1”</translation>
    </message>
    <message>
        <source>Reset the rule parameter “%1” to its default</source>
        <translation>将规则参数“%1”恢复为默认值</translation>
    </message>
    <message>
        <source>Reset every rule parameter to its default</source>
        <translation>将全部规则参数恢复为默认值</translation>
    </message>
</context>
<context>
    <name>RuleParameters</name>
    <message>
        <source>The applicant&apos;s ISMS and CSISMS have operated for at least this many months before the application (condition E3).</source>
        <translation>申请前，认证委托人的 ISMS 和 CSISMS 已运行至少此月数（条件 E3）。</translation>
    </message>
    <message>
        <source>A certificate that a former body suspended or withdrew for the applicant&apos;s own reasons was suspended or withdrawn at least this many months before the application (condition E4).</source>
        <translation>因认证委托人自身原因被原发证机构暂停或撤销的证书，其暂停或撤销距申请已满此月数（条件 E4）。</translation>
    </message>
    <message>
        <source>If the former certification body lost its CSISMS qualification, that happened at least this many months before the application (condition E5).</source>
        <translation>原发证机构被撤销 CSISMS 认证资质的，距申请已满此月数（条件 E5）。</translation>
    </message>
    <message>
        <source>No major information security incident with an order to stop for rectification within this many months before the application (condition E8).</source>
        <translation>申请前此月数内未发生被责令停产整顿的重大信息安全事件（条件 E8）。</translation>
    </message>
    <message>
        <source>No failed national spot check within this many months before the application, unless it was rectified (condition E9).</source>
        <translation>申请前此月数内未发生国抽不合格，或已整改合格（条件 E9）。</translation>
    </message>
    <message>
        <source>The applicant discloses administrative penalties and failed national spot checks of this many past years (document D7).</source>
        <translation>认证委托人须提供过去此年数内的行政处罚和国抽不合格情况（文件 D7）。</translation>
    </message>
    <message>
        <source>The applicant discloses other failed information security checks of this many past months (document D7).</source>
        <translation>认证委托人须提供过去此月数内其他信息安全抽查不合格情况（文件 D7）。</translation>
    </message>
    <message>
        <source>Largest total reduction of the audit time taken from the ISO/IEC 27006 table.</source>
        <translation>依据 ISO/IEC 27006 表确定的审核时间的最大总减少比例。</translation>
    </message>
    <message>
        <source>Smallest share of the audit time spent on site.</source>
        <translation>现场审核时间占审核时间的最低比例。</translation>
    </message>
    <message>
        <source>Time of a surveillance audit as a fraction of the initial audit time.</source>
        <translation>监督审核时间占初次认证审核时间的比例。</translation>
    </message>
    <message>
        <source>Time of a recertification audit as a fraction of the initial audit time.</source>
        <translation>再认证审核时间占初次认证审核时间的比例。</translation>
    </message>
    <message>
        <source>Hours in one auditor day.</source>
        <translation>一个审核人日的小时数。</translation>
    </message>
    <message>
        <source>Length of a certification cycle: the certificate expires this many years after the decision, less one day.</source>
        <translation>认证周期长度：证书在认证决定后此年数减一天到期。</translation>
    </message>
    <message>
        <source>The first surveillance audit ends within this many months of the certification decision.</source>
        <translation>第一次监督审核须在认证决定日期起此月数内结束。</translation>
    </message>
    <message>
        <source>Longest time between the ends of two consecutive surveillance audits.</source>
        <translation>相邻两次监督审核结束日期之间的最长间隔。</translation>
    </message>
    <message>
        <source>A recertification audit ending less than this many days before the expiry date is a warning.</source>
        <translation>再认证审核在证书到期日前不足此天数结束时给出警告。</translation>
    </message>
    <message>
        <source>Longest suspension of a certificate; then it must be restored or withdrawn.</source>
        <translation>证书暂停的最长期限；期满须恢复或撤销。</translation>
    </message>
    <message>
        <source>A declared relation with a client (such as consultancy) that ended less than this many months before an audit keeps the auditor off that audit.</source>
        <translation>已声明的与认证委托人的关系（如咨询）在审核前不足此月数内结束的，该审核员不得参加该审核。</translation>
    </message>
    <message>
        <source>The body&apos;s minimum of continuing-education hours per auditor and calendar year; fewer is a warning.</source>
        <translation>本机构要求每名审核员每个日历年的继续教育最低学时；不足时给出警告。</translation>
    </message>
    <message>
        <source>An auditor registration that expires within this many days is shown as due for renewal.</source>
        <translation>审核员注册在此天数内到期的，显示为待再注册。</translation>
    </message>
    <message>
        <source>Records are kept at least this many years after a certificate expires, is withdrawn or is cancelled (and at least for the current cycle plus one full cycle).</source>
        <translation>证书过期失效、撤销或注销后，记录至少保存此年数（且至少保存当前认证周期再加一个完整周期）。</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>fraction (0 to 1)</source>
        <translation>比例（0 至 1）</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>认证申请</translation>
    </message>
    <message>
        <source>Audit time</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>审核方案</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>A number of years cannot be negative; enter 0 or more.</source>
        <translation>年数不能为负数；请输入 0 或更大的数。</translation>
    </message>
    <message>
        <source>A number of months cannot be negative; enter 0 or more.</source>
        <translation>月数不能为负数；请输入 0 或更大的数。</translation>
    </message>
    <message>
        <source>A number of days cannot be negative; enter 0 or more.</source>
        <translation>天数不能为负数；请输入 0 或更大的数。</translation>
    </message>
    <message>
        <source>A number of hours cannot be negative; enter 0 or more.</source>
        <translation>小时数不能为负数；请输入 0 或更大的数。</translation>
    </message>
    <message>
        <source>A percentage lies between 0 and 100.</source>
        <translation>百分比应在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>A fraction lies between 0 and 1 (for example 0.3333 for one third).</source>
        <translation>比例应在 0 到 1 之间（例如三分之一填 0.3333）。</translation>
    </message>
    <message>
        <source>Enter a whole number of %1.</source>
        <translation>请输入整数（单位：%1）。</translation>
    </message>
    <message>
        <source>Enter a value from %1 to %2 %3.</source>
        <translation>请输入 %1 到 %2 之间的值（单位：%3）。</translation>
    </message>
    <message>
        <source>There is no rule parameter “%1”.</source>
        <translation>没有规则参数“%1”。</translation>
    </message>
    <message>
        <source>Largest file that Import reads (client lists); a larger file is refused before it is read.</source>
        <translation>导入功能可读取的最大文件（认证委托人名单）；更大的文件在读取前即被拒绝。</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>兆字节</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A size cannot be negative; enter 1 or more.</source>
        <translation>大小不能为负数；请输入 1 或更大的数。</translation>
    </message>
    <message>
        <source>Share of the initial audit time given to stage 1 when the reviewer sets no figure of their own.</source>
        <translation>评审人员未自行设定时，初次审核时间中分配给第一阶段审核的比例。</translation>
    </message>
    <message>
        <source>Largest file that can be attached to an application&apos;s document; a larger file is refused and nothing is stored.</source>
        <translation>认证申请中的文件可附加的最大附件大小；超过此大小的文件将被拒绝，不保存任何内容。</translation>
    </message>
    <message>
        <source>For a client with n sites, stage 2 visits at least this factor times √n of them, rounded up.</source>
        <translation>认证委托人有 n 个场所时，第二阶段审核至少到访其中此系数乘以 √n 个场所（向上取整）。</translation>
    </message>
    <message>
        <source>For a client with n sites, each surveillance audit visits at least this factor times √n of them, rounded up.</source>
        <translation>认证委托人有 n 个场所时，每次监督审核至少到访其中此系数乘以 √n 个场所（向上取整）。</translation>
    </message>
    <message>
        <source>For a client with n sites, the recertification audit visits at least this factor times √n of them, rounded up.</source>
        <translation>认证委托人有 n 个场所时，再认证审核至少到访其中此系数乘以 √n 个场所（向上取整）。</translation>
    </message>
    <message>
        <source>A major nonconformity is corrected and its correction verified within this many days of the audit&apos;s last day.</source>
        <translation>严重不符合须在审核最后一天后此天数内完成纠正，且其纠正须通过验证。</translation>
    </message>
    <message>
        <source>A minor nonconformity has an accepted corrective-action plan within this many days of the audit&apos;s last day.</source>
        <translation>一般不符合须在审核最后一天后此天数内提交纠正措施计划并获得接受。</translation>
    </message>
    <message>
        <source>The Due page shows what needs a person within this many days (and everything already late).</source>
        <translation>待办事项页面显示此天数内需要人员处理的事项（以及所有已逾期的事项）。</translation>
    </message>
    <message>
        <source>Due page</source>
        <translation>待办事项</translation>
    </message>
</context>
<context>
    <name>RuleParametersPage</name>
    <message>
        <source>The numbers the certification rules apply. A changed value (bold) applies to every check from then on; the change log records who changed it and when.</source>
        <translation>认证规则所采用的数值。修改后的数值（粗体）自修改起适用于所有检查；变更日志会记录修改人和修改时间。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the value (Ctrl+S); the change log records it</source>
        <translation>保存数值（Ctrl+S）；变更日志会记录此修改</translation>
    </message>
    <message>
        <source>Show the value in force again</source>
        <translation>重新显示现行值</translation>
    </message>
    <message>
        <source>Store the program&apos;s default for this parameter</source>
        <translation>将该参数设为程序默认值</translation>
    </message>
    <message>
        <source>Reset all to defaults…</source>
        <translation>全部恢复默认值…</translation>
    </message>
    <message>
        <source>Store the program&apos;s default for every parameter (asks first)</source>
        <translation>将所有参数设为程序默认值（会先询问）</translation>
    </message>
    <message>
        <source>%1 · rules %2 · allowed %3 to %4 · default %5 · key %6</source>
        <translation>%1 · 规则 %2 · 允许 %3 至 %4 · 默认 %5 · 键名 %6</translation>
    </message>
    <message>
        <source>Enter a value; the default is %1.</source>
        <translation>请输入数值；默认值为 %1。</translation>
    </message>
    <message>
        <source>“%1” is not a number; enter a number such as %2.</source>
        <translation>“%1”不是数字；请输入数字，例如 %2。</translation>
    </message>
    <message>
        <source>Select a parameter to see what it means and change its value.</source>
        <translation>选择一个参数即可查看其含义并修改数值。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>已于 %1 保存。</translation>
    </message>
    <message>
        <source>“%1” is now %2 %3.</source>
        <translation>“%1”现为 %2 %3。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The new value of “%1” is not saved yet. Save it?</source>
        <translation>“%1”的新数值尚未保存。是否保存？</translation>
    </message>
    <message>
        <source>The default is in force again.</source>
        <translation>已恢复使用默认值。</translation>
    </message>
    <message>
        <source>Reset all to defaults</source>
        <translation>全部恢复默认值</translation>
    </message>
    <message>
        <source>Store the program&apos;s default for every rule parameter? Values the body changed are replaced; the change log records each change.</source>
        <translation>将所有规则参数设为程序默认值？本机构修改过的数值将被替换；变更日志会记录每一项修改。</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>全部恢复</translation>
    </message>
    <message>
        <source>Every rule parameter has its default value again.</source>
        <translation>所有规则参数均已恢复为默认值。</translation>
    </message>
    <message>
        <source>%1 · a limit of the program, used by no rule · allowed %2 to %3 · default %4 · key %5</source>
        <translation>%1 · 程序自身的限值，不用于任何规则 · 允许 %2 至 %3 · 默认 %4 · 键名 %5</translation>
    </message>
    <message>
        <source>Val&amp;ue:</source>
        <translation>数值(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>放弃更改(&amp;D)</translation>
    </message>
    <message>
        <source>Reset t&amp;o default</source>
        <translation>恢复默认值(&amp;O)</translation>
    </message>
</context>
<context>
    <name>SchemaShape</name>
    <message>
        <source>the table %1 is missing</source>
        <translation>缺少表 %1</translation>
    </message>
    <message>
        <source>the column %1.%2 is missing</source>
        <translation>缺少列 %1.%2</translation>
    </message>
    <message>
        <source>the column %1.%2 does not belong to it</source>
        <translation>列 %1.%2 不属于该结构</translation>
    </message>
    <message>
        <source>the table %1 does not belong to it</source>
        <translation>表 %1 不属于该结构</translation>
    </message>
</context>
<context>
    <name>ScopeClassTableModel</name>
    <message numerus="yes">
        <source>Used by %n record(s): it can be retired, not deleted.</source>
        <translation>
            <numerusform>被 %n 条记录使用：只能停用，不能删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used by any record.</source>
        <translation>未被任何记录使用。</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Records that refer to the class (auditor competences, applications …)</source>
        <translation>引用该类别的记录（审核员能力确认、认证申请……）</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Reference data</source>
        <translation>参考数据</translation>
    </message>
    <message>
        <source>ISO/IEC 27017 controls</source>
        <translation>ISO/IEC 27017 控制措施</translation>
    </message>
    <message>
        <source>Scope classes</source>
        <translation>业务范围类别</translation>
    </message>
    <message>
        <source>Business-scope classification (Appendix A of the rules)</source>
        <translation>业务范围分类（规则附录 A）</translation>
    </message>
    <message>
        <source>Audit time</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <source>ISO/IEC 27006 initial audit time by personnel</source>
        <translation>按人数确定的 ISO/IEC 27006 初次审核时间</translation>
    </message>
    <message>
        <source>Rule parameters</source>
        <translation>规则参数</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>编号(&amp;I)：</translation>
    </message>
    <message>
        <source>C&amp;lause:</source>
        <translation>条款(&amp;L)：</translation>
    </message>
    <message>
        <source>Title (&amp;Chinese):</source>
        <translation>中文标题(&amp;C)：</translation>
    </message>
    <message>
        <source>E&amp;xtended control (CLD set)</source>
        <translation>扩展控制(&amp;X)（CLD 控制集）</translation>
    </message>
    <message>
        <source>The ISO/IEC 27017:2015 control catalogue that audit programmes must cover (P-5.4.1.3). A retired control is no longer required and stays in the records.</source>
        <translation>审核方案必须覆盖的 ISO/IEC 27017:2015 控制措施目录（P-5.4.1.3）。停用的控制措施不再要求覆盖，但仍保留在记录中。</translation>
    </message>
    <message>
        <source>Name (&amp;Chinese):</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <source>The business-scope classification (Appendix A of the rules) for applications and auditor competences. A class in use can only be retired, never deleted or given another code.</source>
        <translation>用于认证申请和审核员能力确认的业务范围分类（规则附录 A）。已被使用的类别只能停用，不能删除或更改代码。</translation>
    </message>
    <message>
        <source>Personnel &amp;to:</source>
        <translation>人数至(&amp;T)：</translation>
    </message>
    <message>
        <source>Initial audit time (stage 1 and stage 2 together) by the effective number of personnel, from ISO/IEC 27006. Ranges must not overlap.</source>
        <translation>按有效人数确定的初次审核时间（第一阶段和第二阶段合计），取自 ISO/IEC 27006。各人数范围不得重叠。</translation>
    </message>
    <message>
        <source>No user profile is chosen, so these settings are read only. Choose yours with File → Switch user…</source>
        <translation>尚未选择用户档案，因此这些设置为只读。请通过“文件 → 切换用户…”选择您的用户档案。</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings; you work as %1 (%2).</source>
        <translation>只有系统管理员可以修改这些设置；您当前的身份是 %1（%2）。</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>代码(&amp;O)：</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Title (En&amp;glish):</source>
        <translation>英文标题(&amp;G)：</translation>
    </message>
    <message>
        <source>Cl&amp;oud guidance (ISO/IEC 27017 adds guidance)</source>
        <translation>云服务指南(&amp;O)（ISO/IEC 27017 提供指南）</translation>
    </message>
    <message>
        <source>Name (En&amp;glish):</source>
        <translation>英文名称(&amp;G)：</translation>
    </message>
    <message>
        <source>Ris&amp;k:</source>
        <translation>风险(&amp;K)：</translation>
    </message>
    <message>
        <source>Personnel fro&amp;m:</source>
        <translation>人数自(&amp;M)：</translation>
    </message>
    <message>
        <source>Auditor da&amp;ys:</source>
        <translation>审核人日(&amp;Y)：</translation>
    </message>
    <message>
        <source>Reference data, the public information sheet, rule parameters, user profiles, the body and its numbering</source>
        <translation>参考数据、公开信息表、规则参数、用户档案、本机构信息与编号</translation>
    </message>
    <message>
        <source>public-information-%1.pdf</source>
        <translation>公开信息表-%1.pdf</translation>
    </message>
    <message>
        <source>Public information</source>
        <translation>公开信息</translation>
    </message>
    <message>
        <source>What the body makes public to clients (5.1.1), printed as the information sheet</source>
        <translation>本机构向认证委托人公开的信息（5.1.1），可打印为公开信息表</translation>
    </message>
    <message>
        <source>Body and numbering</source>
        <translation>机构与编号</translation>
    </message>
    <message>
        <source>The patterns of record numbers; the body&apos;s name, address, approval number and logo on its documents</source>
        <translation>记录编号格式；本机构在文件上的名称、地址、批准号和标志</translation>
    </message>
    <message>
        <source>Te&amp;xt (Chinese):</source>
        <translation>中文内容(&amp;X)：</translation>
    </message>
    <message>
        <source>Text (Engl&amp;ish):</source>
        <translation>英文内容(&amp;I)：</translation>
    </message>
    <message>
        <source>What the body makes public to every client under rule 5.1.1, eleven items in both languages. The sheet prints from File → Print preview while this page is shown; item (7) adds the register&apos;s figures on the day.</source>
        <translation>本机构依据规则 5.1.1 向每个认证委托人公开的信息，共十一项，中英文各一份。显示本页时可通过“文件 → 打印预览”打印公开信息表；第（7）项附有打印当日证书登记的统计数字。</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>another program is writing to the database; try again in a moment</source>
        <translation>另一个程序正在写入数据库；请稍后重试</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>磁盘已满；请释放一些空间后重试</translation>
    </message>
    <message>
        <source>the database file cannot be written; check its permissions</source>
        <translation>无法写入数据库文件；请检查其权限</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from your last backup</source>
        <translation>数据库文件已损坏；请从最近的备份恢复</translation>
    </message>
    <message>
        <source>the disk reported an error while the database was written</source>
        <translation>写入数据库时磁盘报告了错误</translation>
    </message>
    <message>
        <source>the database&apos;s structure was changed outside the application (%1)</source>
        <translation>数据库结构在本程序之外被改动过（%1）</translation>
    </message>
</context>
<context>
    <name>StatedInput</name>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Evidence (document, register entry …)</source>
        <translation>证据（文件、登记记录……）</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>holds a broken character (an unpaired UTF-16 surrogate); type or paste it again</source>
        <translation>含有损坏的字符（不成对的 UTF-16 代理项）；请重新输入或粘贴</translation>
    </message>
    <message>
        <source>holds a line break; keep it on one line</source>
        <translation>含有换行；请写在一行内</translation>
    </message>
    <message>
        <source>holds a tab character; use a space instead</source>
        <translation>含有制表符；请改用空格</translation>
    </message>
    <message>
        <source>holds the control character %1, which cannot be shown; remove it</source>
        <translation>含有无法显示的控制字符 %1；请删除</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 fit</source>
        <translation>长度为 %1 个字符；最多 %2 个</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Allowed until %1</source>
        <translation>最迟至 %1</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>The user profiles could not be read: %1</source>
        <translation>无法读取用户档案：%1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The auditor this user is (kept off decisions on audits they took part in)</source>
        <translation>该用户对应的审核员（不得参与其所参加审核的认证决定）</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>UserProfiles</name>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>Work as another user profile; the change log records its name</source>
        <translation>以另一个用户档案工作；变更日志会记录其姓名</translation>
    </message>
    <message>
        <source>user: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>User profiles</source>
        <translation>用户档案</translation>
    </message>
    <message>
        <source>The user profiles could not be read: %1</source>
        <translation>无法读取用户档案：%1</translation>
    </message>
    <message>
        <source>user: none chosen — read only (File → Switch user…)</source>
        <translation>用户：未选择——只读（文件 → 切换用户…）</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>There is already a user called %1; choose another name.</source>
        <translation>已有名为 %1 的用户；请换一个名称。</translation>
    </message>
    <message>
        <source>The linked auditor no longer exists; choose another or none.</source>
        <translation>关联的审核员已不存在；请另选一位，或不关联。</translation>
    </message>
    <message>
        <source>The user was not saved: %1</source>
        <translation>用户未保存：%1</translation>
    </message>
    <message>
        <source>The user could not be saved, and nothing was changed: %1</source>
        <translation>用户无法保存，未做任何更改：%1</translation>
    </message>
    <message>
        <source>The user no longer exists; the list was out of date.</source>
        <translation>该用户已不存在；列表已过时。</translation>
    </message>
    <message>
        <source>%1 is the only active administrator. Make another profile an administrator first, so that someone can still maintain the settings.</source>
        <translation>%1 是唯一启用的系统管理员。请先将另一个用户档案设为系统管理员，以确保仍有人能维护设置。</translation>
    </message>
</context>
<context>
    <name>UserRules</name>
    <message>
        <source>Reviewer</source>
        <translation>评审员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Decision-maker</source>
        <translation>认证决定人员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name; the change log records it with every change.</source>
        <translation>请输入用户名；变更日志会在每次变更时记录该名称。</translation>
    </message>
    <message>
        <source>A user name has at most 100 characters.</source>
        <translation>用户名最多 100 个字符。</translation>
    </message>
    <message>
        <source>The name holds only spaces or invisible characters; enter the user&apos;s name.</source>
        <translation>姓名只有空格或不可见字符；请填写用户姓名。</translation>
    </message>
    <message>
        <source>The name %1.</source>
        <translation>姓名%1。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Who works with this database. The chosen profile&apos;s name is recorded with every change; its role decides what the program offers. Profiles are never deleted, only made inactive.</source>
        <translation>使用本数据库的人员。每一项修改都会记录所选用户档案的姓名；其角色决定程序提供哪些功能。用户档案从不删除，只能停用。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>A&amp;ctive (offered when choosing a profile)</source>
        <translation>启用(&amp;C)（选择用户档案时列出）</translation>
    </message>
    <message>
        <source>e.g. 李娜</source>
        <translation>例如 李娜</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>新建用户(&amp;N)</translation>
    </message>
    <message>
        <source>Add a user profile (Ctrl+N)</source>
        <translation>添加用户档案（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation>保存用户档案（Ctrl+S）</translation>
    </message>
    <message>
        <source>Forget the changes since the last save</source>
        <translation>放弃自上次保存以来的修改</translation>
    </message>
    <message>
        <source>(not an auditor)</source>
        <translation>（不是审核员）</translation>
    </message>
    <message>
        <source>New user profile</source>
        <translation>新用户档案</translation>
    </message>
    <message>
        <source>%1 — unsaved changes</source>
        <translation>%1 — 有未保存的修改</translation>
    </message>
    <message>
        <source>Select a profile to see it here.</source>
        <translation>选择一个用户档案即可在此查看。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>已于 %1 保存。</translation>
    </message>
    <message>
        <source>Saved the user profile “%1”.</source>
        <translation>已保存用户档案“%1”。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The user profile “%1” has changes that are not saved yet. Save them?</source>
        <translation>用户档案“%1”有尚未保存的修改。是否保存？</translation>
    </message>
    <message>
        <source>Linked a&amp;uditor:</source>
        <translation>对应审核员(&amp;U)：</translation>
    </message>
    <message>
        <source>Add the user profile “%1”</source>
        <translation>新增用户档案“%1”</translation>
    </message>
    <message>
        <source>Edit the user profile “%1”</source>
        <translation>修改用户档案“%1”</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>放弃更改(&amp;D)</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>The workbook %1 was not written: there is not enough memory (%2). Close other programs or export fewer records at a time.</source>
        <translation>Excel 工作簿 %1 未写入：内存不足（%2）。请关闭其他程序，或每次导出较少的记录。</translation>
    </message>
    <message>
        <source>The workbook %1 was not written: the temporary folder %2 cannot be used (%3). Free space there, or set TMPDIR to a folder you may write to.</source>
        <translation>Excel 工作簿 %1 未写入：无法使用临时文件夹 %2（%3）。请释放该处的磁盘空间，或将 TMPDIR 设置为您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The workbook %1 was not written: the file could not be created or filled (%2). Check that the disk has space and that you may write there, then export again.</source>
        <translation>Excel 工作簿 %1 未写入：无法创建或写入该文件（%2）。请检查磁盘空间及写入权限，然后重新导出。</translation>
    </message>
    <message>
        <source>The workbook %1 was not written (%2). This is a fault in the program; please report it with the message.</source>
        <translation>Excel 工作簿 %1 未写入（%2）。这是程序故障，请连同此消息一并报告。</translation>
    </message>
    <message>
        <source>A sheet has no name. Give every sheet a name of 1 to 31 characters.</source>
        <translation>有工作表没有名称。请为每个工作表指定 1 至 31 个字符的名称。</translation>
    </message>
    <message>
        <source>The sheet name “%1” is longer than 31 characters, which Excel does not allow. Shorten it.</source>
        <translation>工作表名称“%1”超过 31 个字符，Excel 不允许。请缩短名称。</translation>
    </message>
    <message>
        <source>The sheet name “%1” contains “%2”; Excel does not allow any of [ ] : * ? / \ in sheet names. Remove it.</source>
        <translation>工作表名称“%1”包含“%2”；Excel 不允许工作表名称中含有 [ ] : * ? / \ 中的任何字符。请将其删除。</translation>
    </message>
    <message>
        <source>The sheet name “%1” contains a control or invalid character. Use letters, digits and punctuation only.</source>
        <translation>工作表名称“%1”包含控制字符或无效字符。请仅使用字母、数字和标点符号。</translation>
    </message>
    <message>
        <source>The sheet name “%1” begins or ends with an apostrophe, which Excel does not allow. Remove it.</source>
        <translation>工作表名称“%1”以撇号开头或结尾，Excel 不允许。请将其删除。</translation>
    </message>
    <message>
        <source>The workbook has no sheets, so there is nothing to write. This is a fault in the program; please report it.</source>
        <translation>该 Excel 工作簿没有工作表，因此没有可写入的内容。这是程序故障，请报告。</translation>
    </message>
    <message>
        <source>Two sheets are named “%1” (Excel does not tell upper from lower case in sheet names). Give each sheet its own name.</source>
        <translation>有两个工作表均名为“%1”（Excel 的工作表名称不区分大小写）。请为每个工作表指定不同的名称。</translation>
    </message>
    <message>
        <source>Sheet “%1” has %2 columns; a worksheet holds at most %3.</source>
        <translation>工作表“%1”有 %2 列；一个工作表最多容纳 %3 列。</translation>
    </message>
    <message>
        <source>Sheet “%1” has %2 rows; a worksheet holds at most %3 below its header. Export fewer records at a time.</source>
        <translation>工作表“%1”有 %2 行；一个工作表在表头之下最多容纳 %3 行。请每次导出较少的记录。</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column “%3” holds %4 characters; a spreadsheet cell holds at most %5. Shorten the text.</source>
        <translation>工作表“%1”第 %2 行“%3”列包含 %4 个字符；一个单元格最多容纳 %5 个字符。请缩短文本。</translation>
    </message>
    <message>
        <source>Row %1 of sheet “%2” has %3 values, more than the sheet has columns (%4). This is a fault in the program; please report it.</source>
        <translation>工作表“%2”的第 %1 行有 %3 个值，多于该工作表的列数（%4）。这是程序故障，请报告。</translation>
    </message>
    <message>
        <source>No file name was given for the workbook. Choose a file to save it as.</source>
        <translation>未指定 Excel 工作簿的文件名。请选择要保存的文件。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name for the workbook.</source>
        <translation>%1 是文件夹；请为 Excel 工作簿选择文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder for the workbook.</source>
        <translation>文件夹 %1 不存在。请为 Excel 工作簿选择一个已存在的文件夹。</translation>
    </message>
    <message>
        <source>The workbook cannot be saved in the folder %1: %2. Choose a folder you may write to.</source>
        <translation>无法将 Excel 工作簿保存到文件夹 %1：%2。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The workbook %1 was not saved: the finished file could not be flushed to the disk (%2). Check the disk and export again.</source>
        <translation>Excel 工作簿 %1 未保存：无法将完成的文件写入磁盘（%2）。请检查磁盘后重新导出。</translation>
    </message>
    <message>
        <source>The workbook could not be put in place as %1 (%2); any file of that name is unchanged. Choose another name or folder.</source>
        <translation>无法将 Excel 工作簿放置为 %1（%2）；该名称的现有文件保持不变。请选择其他名称或文件夹。</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>an entry has no name</source>
        <translation>有条目没有名称</translation>
    </message>
    <message>
        <source>the entry “%1” has an absolute path</source>
        <translation>条目“%1”使用了绝对路径</translation>
    </message>
    <message>
        <source>the entry “%1” has a backslash in its path</source>
        <translation>条目“%1”的路径中含有反斜杠</translation>
    </message>
    <message>
        <source>the entry “%1” leaves its folder or has an empty part</source>
        <translation>条目“%1”的路径跳出了所在文件夹或含有空段</translation>
    </message>
    <message>
        <source>the entry “%1” has a control character in its name</source>
        <translation>条目“%1”的名称中含有控制字符</translation>
    </message>
    <message>
        <source>%1 is not a zip file that can be read: %2</source>
        <translation>%1 不是可读取的 zip 文件：%2</translation>
    </message>
    <message>
        <source>The zip file is damaged or cut short: %1</source>
        <translation>zip 文件已损坏或不完整：%1</translation>
    </message>
    <message>
        <source>The zip file is refused: %1.</source>
        <translation>zip 文件被拒绝：%1。</translation>
    </message>
    <message>
        <source>The zip file is refused: the entry “%1” is not a plain file (a link or a folder).</source>
        <translation>zip 文件被拒绝：条目“%1”不是普通文件（是链接或文件夹）。</translation>
    </message>
    <message>
        <source>The zip file is refused: it holds “%1” twice.</source>
        <translation>zip 文件被拒绝：其中“%1”出现了两次。</translation>
    </message>
    <message>
        <source>The entry “%1” is damaged: %2</source>
        <translation>条目“%1”已损坏：%2</translation>
    </message>
    <message>
        <source>The zip file is refused: the entry “%1” holds more than its %2 bytes (a zip bomb?).</source>
        <translation>zip 文件被拒绝：条目“%1”的内容超过其声明的 %2 字节（疑似 zip 炸弹）。</translation>
    </message>
    <message>
        <source>The zip file was not read to its end.</source>
        <translation>zip 文件未被读到末尾。</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The zip file could not be started: %1</source>
        <translation>无法开始写入 zip 文件：%1</translation>
    </message>
    <message>
        <source>The zip file was closed in the middle of an entry.</source>
        <translation>zip 文件在写入某个条目的中途被关闭。</translation>
    </message>
</context>
<context>
    <name>ZipWriter::Worker</name>
    <message>
        <source>%1 could not be added to the zip file: %2</source>
        <translation>无法将 %1 加入 zip 文件：%2</translation>
    </message>
    <message>
        <source>%1 could not be written to the zip file: %2</source>
        <translation>无法将 %1 写入 zip 文件：%2</translation>
    </message>
    <message>
        <source>The zip file could not be finished: %1</source>
        <translation>无法完成 zip 文件：%1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
</TS>
