<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Advice</name>
    <message>
        <source>Deals made or paid outside this chat are not covered by buyer protection, and cannot be used in a dispute.</source>
        <translation>在此聊天之外达成或支付的交易不受买家保障，也不能作为纠纷的依据。</translation>
    </message>
    <message>
        <source>What is said outside this chat cannot be used as evidence in a dispute: keep the conversation here.</source>
        <translation>在此聊天之外说的话不能作为纠纷的证据：请在这里继续沟通。</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>It is %1 in %2, outside the store&apos;s usual hours.</source>
        <translation>%2 现在是 %1，不在店铺的常规营业时间内。</translation>
    </message>
    <message>
        <source>This store usually answers within about %1.</source>
        <translation>这家店铺通常在约 %1 内回复。</translation>
    </message>
    <message>
        <source>It opens in about %1.</source>
        <translation>约 %1 后开始营业。</translation>
    </message>
    <message>
        <source>Your last message to the store is less than a working day old. Stores often solve a problem in a message: consider waiting for an answer until %1 before opening a dispute.</source>
        <translation>您给店铺的最后一条消息发出还不到一个工作日。店铺常常通过一条消息就能解决问题：建议在发起纠纷前等待答复，直到 %1。</translation>
    </message>
    <message>
        <source>Tip: short sentences translate better.</source>
        <translation>提示：短句翻译效果更好。</translation>
    </message>
    <message>
        <source>Tip: one question per message gets a clearer answer.</source>
        <translation>提示：每条消息只问一个问题，能得到更清楚的答复。</translation>
    </message>
    <message>
        <source>Tip: write numbers as digits (2, not two).</source>
        <translation>提示：数字请用阿拉伯数字书写（写 2，而不是“二”）。</translation>
    </message>
    <message>
        <source>Tip: give sizes with their units (170 cm, 65 kg, EU 42).</source>
        <translation>提示：尺寸请带上单位（170 cm、65 kg、欧码 42）。</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Buzón</source>
        <translation>Buzón</translation>
    </message>
</context>
<context>
    <name>AttachmentItem</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>This file is neither a picture nor a video. Add photos (JPEG, PNG, GIF, WebP, BMP) or videos (MP4, MOV, WebM, MKV, AVI...).</source>
        <translation>此文件既不是图片也不是视频。请添加照片（JPEG、PNG、GIF、WebP、BMP）或视频（MP4、MOV、WebM、MKV、AVI……）。</translation>
    </message>
    <message>
        <source>At most %n files can be attached at once.</source>
        <translation>一次最多只能添加 %n 个附件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file cannot be read. It may have been moved, or you may not have permission to open it.</source>
        <translation>无法读取该文件。它可能已被移动，或者您没有打开它的权限。</translation>
    </message>
    <message>
        <source>This file is not a picture. Send a JPEG, PNG, GIF, WebP or BMP image.</source>
        <translation>此文件不是图片。请发送 JPEG、PNG、GIF、WebP 或 BMP 格式的图片。</translation>
    </message>
    <message>
        <source>This kind of picture is not supported. Send a JPEG, PNG, GIF, WebP or BMP image.</source>
        <translation>不支持此类图片。请发送 JPEG、PNG、GIF、WebP 或 BMP 格式的图片。</translation>
    </message>
    <message>
        <source>Videos cannot be sent in the chat. A video can only be sent with a dispute: open a dispute on the delivered order and add the video there as evidence.</source>
        <translation>聊天中不能发送视频。视频只能随纠纷一起提交：请对已送达的订单发起纠纷，并在其中添加视频作为证据。</translation>
    </message>
    <message>
        <source>The file is too large. Choose a smaller file.</source>
        <translation>文件太大。请选择较小的文件。</translation>
    </message>
    <message>
        <source>The picture has too many pixels. Resize it, or take a screenshot of the part that matters.</source>
        <translation>图片像素过多。请缩小图片尺寸，或只截取需要的部分。</translation>
    </message>
    <message>
        <source>The picture claims a size far beyond the limit and was not opened.</source>
        <translation>该图片声明的尺寸远超限制，未予打开。</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete and cannot be read.</source>
        <translation>文件已损坏或不完整，无法读取。</translation>
    </message>
    <message>
        <source>This file cannot be attached.</source>
        <translation>无法添加此文件为附件。</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>原始尺寸</translation>
    </message>
    <message>
        <source>Send the pictures at their full resolution instead of reducing them.</source>
        <translation>以完整分辨率发送图片，不进行压缩。</translation>
    </message>
    <message>
        <source>Pictures and videos</source>
        <translation>图片和视频</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Batch reply</source>
        <translation>批量回复</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected conversations</source>
        <translation>
            <numerusform>所选的 %n 个会话</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation selected (Ctrl+click or Shift+click rows in the list)</source>
        <translation type="vanished">未选择会话（在列表中按住 Ctrl 或 Shift 点击各行）</translation>
    </message>
    <message>
        <source>No conversation selected (%1+click or %2+click rows in the list)</source>
        <translation>未选择会话（在列表中按住 %1 或 %2 点击各行）</translation>
    </message>
    <message>
        <source>Every conversation in “%1”</source>
        <translation>“%1”中的所有会话</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Written once; each buyer reads it in their language. Placeholders such as {buyer_name|there} are filled for each.</source>
        <translation>只需写一次；每位买家都会以自己的语言阅读。{buyer_name|朋友} 这样的占位符会为每位买家分别填写。</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>发送给：</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>发送内容：</translation>
    </message>
    <message>
        <source>Discard this message? It has not been sent.</source>
        <translation>放弃这条消息吗？它尚未发送。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="vanished">放弃</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation type="vanished">继续填写</translation>
    </message>
    <message>
        <source>Send this reply to %1 conversations? You can cancel while it runs; sending again later sends only what is missing.</source>
        <translation>要将此回复发送到 %1 个会话吗？发送过程中可以取消；之后再次发送时只会补发缺少的部分。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查……</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送……</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消……</translation>
    </message>
    <message>
        <source>Preview: %1 ready, %2 refused, %3 failed.</source>
        <translation>预览：%1 条就绪，%2 条被拒绝，%3 条失败。</translation>
    </message>
    <message>
        <source>Sent: %1, refused: %2, failed: %3.</source>
        <translation>已发送：%1；被拒绝：%2；失败：%3。</translation>
    </message>
    <message>
        <source>Cancelled: %1 not done. Send again to finish; nothing is sent twice.</source>
        <translation>已取消：%1 条未完成。再次发送即可完成；不会重复发送。</translation>
    </message>
    <message>
        <source>Sent before (not again): %1</source>
        <translation>之前已发送（不再重复）：%1</translation>
    </message>
</context>
<context>
    <name>BuyerPanel</name>
    <message>
        <source>Earlier problems</source>
        <translation>以往问题</translation>
    </message>
    <message>
        <source>&amp;Buyer panel</source>
        <translation>买家面板(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Buyer panel (needs a wider window)</source>
        <translation>买家面板(&amp;B)（需要更宽的窗口）</translation>
    </message>
    <message>
        <source>There is no room beside the chat for the buyer panel at this window width; widen the window and it comes back.</source>
        <translation>窗口太窄，聊天旁放不下买家面板；把窗口拉宽后它会重新出现。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载……</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Orders with your store (%1)</source>
        <translation>在您店铺的订单（%1）</translation>
    </message>
    <message>
        <source>Click to open the order.</source>
        <translation>点击打开订单。</translation>
    </message>
    <message>
        <source>No orders with your store yet.</source>
        <translation>尚未在您的店铺下单。</translation>
    </message>
    <message>
        <source>No cancellations or disputes.</source>
        <translation>没有取消或纠纷。</translation>
    </message>
    <message>
        <source>writes in %1</source>
        <translation>使用%1</translation>
    </message>
    <message>
        <source>%1 there</source>
        <translation>当地时间 %1</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>I changed my mind</source>
        <translation>我改变主意了</translation>
    </message>
    <message>
        <source>I chose the wrong item, size or colour</source>
        <translation>我选错了商品、尺码或颜色</translation>
    </message>
    <message>
        <source>I found it cheaper</source>
        <translation>我找到了更便宜的</translation>
    </message>
    <message>
        <source>Shipping takes too long</source>
        <translation>发货时间太长</translation>
    </message>
    <message>
        <source>The shipping address is wrong</source>
        <translation>收货地址有误</translation>
    </message>
    <message>
        <source>A problem with the payment</source>
        <translation>付款出现问题</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>It has already shipped</source>
        <translation>已经发货</translation>
    </message>
    <message>
        <source>It is already being prepared</source>
        <translation>正在备货中</translation>
    </message>
    <message>
        <source>It is made to order</source>
        <translation>这是定制商品</translation>
    </message>
</context>
<context>
    <name>CancelRequestDialog</name>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Ask the store to cancel order %1. The store has 48 hours to answer; if it does not, the order is cancelled automatically.</source>
        <translation type="vanished">请求店铺取消订单 %1。店铺有 48 小时答复；若未答复，订单将自动取消。</translation>
    </message>
    <message numerus="yes">
        <source>Ask the store to cancel order %1. The store has %n hour(s) to answer; if it does not, the order is cancelled automatically.</source>
        <translation>
            <numerusform>请求店铺取消订单 %1。店铺有 %n 小时答复；若未答复，订单将自动取消。</numerusform>
        </translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>发送请求</translation>
    </message>
    <message>
        <source>Anything the store should know (optional)</source>
        <translation>需要让店铺知道的情况（可选）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>留言：</translation>
    </message>
</context>
<context>
    <name>ChatSearchBar</name>
    <message>
        <source>Search this conversation</source>
        <translation>在此对话中搜索</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>没有匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Show originals</source>
        <translation>显示原文</translation>
    </message>
    <message>
        <source>Show every message as it was written</source>
        <translation>按原文显示每条消息</translation>
    </message>
    <message>
        <source>Message deleted for you.</source>
        <translation type="vanished">消息已为您删除。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="vanished">撤销</translation>
    </message>
    <message>
        <source>Search this conversation</source>
        <translation>在此会话中搜索</translation>
    </message>
    <message>
        <source>%1 · writes in %2 · %3 there</source>
        <translation>%1 · 使用%2 · 当地时间 %3</translation>
    </message>
    <message>
        <source>Wait a moment: the pictures are still being checked.</source>
        <translation>请稍候：图片仍在检查中。</translation>
    </message>
    <message>
        <source>Show translations</source>
        <translation>显示译文</translation>
    </message>
    <message>
        <source>No translation to show: translating incoming messages is off (Buzón › Settings).</source>
        <translation>没有可显示的译文：“翻译收到的消息”已关闭（Buzón › 设置）。</translation>
    </message>
    <message>
        <source>No translation to show: install the language pack %1 → %2 (Buzón › Language packs…).</source>
        <translation>没有可显示的译文：请安装 %1 → %2 的语言包（Buzón › 语言包……）。</translation>
    </message>
    <message>
        <source>No translation to show: the messages here are already in your language.</source>
        <translation>没有可显示的译文：这里的消息已经是您的语言。</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文本</translation>
    </message>
    <message>
        <source>Show original / translation</source>
        <translation>显示原文 / 译文</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Delete for me</source>
        <translation>为我删除</translation>
    </message>
</context>
<context>
    <name>ComposeAssistant</name>
    <message>
        <source>Tip: short sentences translate better.</source>
        <translation type="vanished">提示：短句翻译效果更好。</translation>
    </message>
    <message>
        <source>They will read (%1): %2</source>
        <translation>对方将看到（%1）：%2</translation>
    </message>
    <message>
        <source>This may read as an invitation to talk or pay outside the marketplace. Keep the conversation here: it is what protects you if something goes wrong.</source>
        <translation>这可能会被理解为邀请在平台外沟通或付款。请在这里继续对话：一旦出现问题，它能保护您。</translation>
    </message>
    <message>
        <source>This message would not be sent: %1 breaks the marketplace rules against contact off the platform.</source>
        <translation>此消息将无法发送：%1 违反了平台禁止站外联系的规定。</translation>
    </message>
    <message>
        <source>This message would not be sent: %1 break the marketplace rules against contact off the platform.</source>
        <translation>此消息将无法发送：%1 违反了平台禁止站外联系的规定。</translation>
    </message>
    <message>
        <source>Not sent: the translation the other side would read (%1) breaks the marketplace rules. Say it another way.</source>
        <translation>未发送：对方将看到的译文（%1）违反了平台规定。请换一种说法。</translation>
    </message>
</context>
<context>
    <name>ComposeBox</name>
    <message>
        <source>Write a message… (Enter sends, Shift+Enter for a new line)</source>
        <translation>输入消息……（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Attach pictures (or drop or paste them here)</source>
        <translation>添加图片（也可拖放或粘贴到此处）</translation>
    </message>
    <message numerus="yes">
        <source>The message is over the limit of %Ln characters.</source>
        <translation>
            <numerusform>消息超出了 %Ln 个字符的上限。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>→ you</source>
        <translation>→ 我</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Nothing is assigned to you. Take a conversation from Unassigned, or ask a colleague.</source>
        <translation>没有分配给你的会话。可以从“未分配”中认领一个，或请同事分配给你。</translation>
    </message>
    <message>
        <source>Every conversation has someone on the team answering it.</source>
        <translation>每个会话都已有团队成员负责回复。</translation>
    </message>
    <message>
        <source>No conversation is assigned to anyone on the team yet.</source>
        <translation>还没有会话分配给团队成员。</translation>
    </message>
    <message>
        <source>No conversation here.</source>
        <translation>这里没有会话。</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>还没有会话。</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Product: %1</source>
        <translation>商品：%1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>[Cancellation or dispute update]</source>
        <translation>[取消或纠纷进展]</translation>
    </message>
    <message>
        <source>[Product]</source>
        <translation>[商品]</translation>
    </message>
    <message>
        <source>[Order]</source>
        <translation>[订单]</translation>
    </message>
    <message>
        <source>[Image]</source>
        <translation>[图片]</translation>
    </message>
    <message>
        <source>You: </source>
        <translation>我：</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
</context>
<context>
    <name>ConversationShortcuts</name>
    <message>
        <source>&amp;Next conversation</source>
        <translation>下一个会话(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>上一个会话(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;awaiting reply</source>
        <translation>下一个待回复(&amp;A)</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>标记为未读(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>会话(&amp;C)</translation>
    </message>
</context>
<context>
    <name>DaysChart</name>
    <message>
        <source>Last %1 days: grey, buyers who wrote; green, answered within the target</source>
        <translation>最近 %1 天：灰色为来信的买家；绿色为在目标时间内答复的</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Full refund</source>
        <translation>全额退款</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <source>No refund</source>
        <translation>不退款</translation>
    </message>
    <message>
        <source>Decide the dispute</source>
        <translation>裁决纠纷</translation>
    </message>
    <message>
        <source>The buyer of order %1 asked for %2 of %3. Both sides read your decision and its note; it closes the dispute.</source>
        <translation>订单 %1 的买家申请退款 %2（订单金额 %3）。双方都会看到您的裁决及其说明；裁决后纠纷即结束。</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>裁决</translation>
    </message>
    <message>
        <source>Why: both sides read this note (required)</source>
        <translation>理由：双方都会看到此说明（必填）</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Refund:</source>
        <translation>退款：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <source>Decline cancellation</source>
        <translation>拒绝取消</translation>
    </message>
    <message>
        <source>Tell the buyer why order %1 cannot be cancelled.</source>
        <translation>请告诉买家订单 %1 为什么不能取消。</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>留言：</translation>
    </message>
</context>
<context>
    <name>DeskFilterBar</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>待回复</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Show the conversations with this label</source>
        <translation>显示带有此标签的对话</translation>
    </message>
    <message>
        <source>Show the conversations assigned to you, to nobody, or to someone</source>
        <translation>显示分配给您、未分配或已分配给他人的会话</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
</context>
<context>
    <name>DiscardBox</name>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>继续填写</translation>
    </message>
    <message>
        <source>If you discard them, your changes are lost.</source>
        <translation>如果放弃，你的更改将丢失。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>I did not receive the order</source>
        <translation>我没有收到订单</translation>
    </message>
    <message>
        <source>The item is not as described</source>
        <translation>商品与描述不符</translation>
    </message>
    <message>
        <source>The item arrived damaged</source>
        <translation>商品到货时已损坏</translation>
    </message>
    <message>
        <source>I received the wrong item</source>
        <translation>我收到了错误的商品</translation>
    </message>
    <message>
        <source>The item is counterfeit</source>
        <translation>商品是假货</translation>
    </message>
    <message>
        <source>Parts or items are missing</source>
        <translation>缺少零件或商品</translation>
    </message>
    <message>
        <source>Another problem</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <source>Open a dispute</source>
        <translation>发起纠纷</translation>
    </message>
    <message>
        <source>Order %1 was delivered. Tell the seller and the marketplace what went wrong; photos and videos of the problem help decide the dispute.</source>
        <translation>订单 %1 已送达。请告诉卖家和平台出了什么问题；问题的照片和视频有助于处理纠纷。</translation>
    </message>
    <message>
        <source>Describe the problem: what you expected, what arrived, what you would like (refund, replacement)…</source>
        <translation>请描述问题：您期望的是什么，收到的是什么，您希望如何处理（退款、换货）……</translation>
    </message>
    <message>
        <source>Full refund (%1)</source>
        <translation>全额退款（%1）</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>全额退款</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <source>No evidence yet. Add photos or a video with the button, or drop them here.</source>
        <translation>尚无证据。请用按钮添加照片或视频，或将其拖放到此处。</translation>
    </message>
    <message>
        <source>+ Add photos or videos…</source>
        <translation>+ 添加照片或视频……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Submit dispute</source>
        <translation>提交纠纷</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Refund asked:</source>
        <translation>申请退款：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送……</translation>
    </message>
    <message>
        <source>Discard this dispute? What you wrote and the evidence you added are not kept.</source>
        <translation>放弃此纠纷？您填写的内容和添加的证据都不会保留。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="vanished">放弃</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation type="vanished">继续填写</translation>
    </message>
    <message>
        <source>An internal error stopped the dispute. Your text and files are still here.</source>
        <translation>内部错误导致纠纷未能提交。您的文字和文件仍保留在此。</translation>
    </message>
</context>
<context>
    <name>DisputeRespondDialog</name>
    <message>
        <source>Accept the refund asked</source>
        <translation>同意买家要求的退款</translation>
    </message>
    <message>
        <source>Offer a partial refund</source>
        <translation>提出部分退款</translation>
    </message>
    <message>
        <source>Ask for the item back</source>
        <translation>要求退货</translation>
    </message>
    <message>
        <source>Reject the dispute</source>
        <translation>拒绝纠纷</translation>
    </message>
    <message>
        <source>Answer the dispute</source>
        <translation>答复纠纷</translation>
    </message>
    <message>
        <source>The buyer of order %1 asks for a refund of %2. Answer before the deadline, or the refund is accepted automatically.</source>
        <translation>订单 %1 的买家要求退款 %2。请在截止时间前答复，否则将自动同意退款。</translation>
    </message>
    <message>
        <source>The buyer of order %1 asks for a refund of %2. Answer by %3, or the refund is accepted automatically.</source>
        <translation>订单 %1 的买家要求退款 %2。请在 %3 之前答复，否则将自动同意退款。</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation>发送答复</translation>
    </message>
    <message>
        <source>A message to the buyer (required to reject)</source>
        <translation>给买家的留言（拒绝时必填）</translation>
    </message>
    <message>
        <source>Your own photos or videos, if you reject.</source>
        <translation>如果拒绝，请附上您自己的照片或视频。</translation>
    </message>
    <message>
        <source>+ Add photos or videos…</source>
        <translation>+ 添加照片或视频……</translation>
    </message>
    <message>
        <source>To ask for the item back, add your store&apos;s return address first: the buyer must know where to send it.</source>
        <translation>要请买家退回商品，请先添加店铺的退货地址：买家需要知道寄往哪里。</translation>
    </message>
    <message>
        <source>Store settings…</source>
        <translation>店铺设置…</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>答复：</translation>
    </message>
    <message>
        <source>Amount offered:</source>
        <translation>提议金额：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>留言：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>Your store has no return address yet: add it in Store settings.</source>
        <translation>你的店铺还没有退货地址：请在店铺设置中添加。</translation>
    </message>
</context>
<context>
    <name>DisputeSection</name>
    <message>
        <source>Dispute</source>
        <translation type="vanished">纠纷</translation>
    </message>
    <message>
        <source>you</source>
        <translation type="vanished">您</translation>
    </message>
    <message>
        <source>the buyer</source>
        <translation type="vanished">买家</translation>
    </message>
    <message>
        <source>Opened by %1 on %2 · open, waiting for the seller&apos;s answer</source>
        <translation type="vanished">由%1于 %2 发起 · 处理中，等待卖家答复</translation>
    </message>
    <message numerus="yes">
        <source>Evidence: %n file(s)</source>
        <translation type="vanished">
            <numerusform>证据：%n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot reach {host}: no internet connection, or the server is down.</source>
        <translation>无法连接 {host}：没有网络连接，或服务器已停止服务。</translation>
    </message>
    <message>
        <source>Check the network connection, or install a pack from a file.</source>
        <translation>请检查网络连接，或从文件安装语言包。</translation>
    </message>
    <message>
        <source>No answer from {host} within {seconds} s.</source>
        <translation>{host} 在 {seconds} 秒内没有响应。</translation>
    </message>
    <message>
        <source>The return address has a control character at character {at}.</source>
        <translation>退货地址在第 {at} 个字符处有一个控制字符。</translation>
    </message>
    <message>
        <source>Write the address as plain lines of text.</source>
        <translation>请用普通文本逐行填写地址。</translation>
    </message>
    <message>
        <source>The return address has {lines} lines; the limit is {limit}.</source>
        <translation>退货地址有 {lines} 行；上限为 {limit} 行。</translation>
    </message>
    <message>
        <source>Keep what goes on a parcel&apos;s label: name, street, city, postal code, country.</source>
        <translation>只保留包裹标签上需要的内容：姓名、街道、城市、邮编、国家。</translation>
    </message>
    <message>
        <source>The return address is {length} characters long; the limit is {limit}.</source>
        <translation>退货地址有 {length} 个字符；上限为 {limit} 个。</translation>
    </message>
    <message>
        <source>The store of order {order} has no return address: the buyer would not know where to send the item.</source>
        <translation>订单 {order} 的店铺没有退货地址：买家不知道该把商品寄到哪里。</translation>
    </message>
    <message>
        <source>Add it in Desk → Store settings…, or accept the refund, offer a partial one or reject the dispute instead.</source>
        <translation>请在“工作台 → 店铺设置…”中添加，或者接受退款、提出部分退款或拒绝该纠纷。</translation>
    </message>
    <message>
        <source>{host} refused the request ({status}).</source>
        <translation>{host} 拒绝了请求（{status}）。</translation>
    </message>
    <message>
        <source>Try again later, or install a pack from a file.</source>
        <translation>请稍后重试，或从文件安装语言包。</translation>
    </message>
    <message>
        <source>The download from {host} failed.</source>
        <translation>从 {host} 下载失败。</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>The download from {host} stopped for {seconds} s.</source>
        <translation>从 {host} 的下载已停滞 {seconds} 秒。</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>下载已取消。</translation>
    </message>
    <message>
        <source>The database {where} is locked by another program.</source>
        <translation>数据库 {where} 被其他程序锁定。</translation>
    </message>
    <message>
        <source>Close the other program using it (or wait for it to finish) and try again.</source>
        <translation>请关闭正在使用它的其他程序（或等待其完成）后重试。</translation>
    </message>
    <message>
        <source>The database {where} is read-only.</source>
        <translation>数据库 {where} 是只读的。</translation>
    </message>
    <message>
        <source>Give yourself write permission on the file and its folder, or choose another data folder with --data-dir or BUZON_DATA_DIR.</source>
        <translation>请为该文件及其所在文件夹授予写入权限，或通过 --data-dir 或 BUZON_DATA_DIR 选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>The disk holding the database {where} is full; nothing was lost.</source>
        <translation>存放数据库 {where} 的磁盘已满；没有丢失任何数据。</translation>
    </message>
    <message>
        <source>Free some space and try again.</source>
        <translation>请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The file {where} is not a Buzón database or is damaged.</source>
        <translation>文件 {where} 不是 Buzón 数据库，或已损坏。</translation>
    </message>
    <message>
        <source>It was left untouched. Move it away (or restore a backup) and start again.</source>
        <translation>该文件未被改动。请将其移走（或恢复备份）后重新启动。</translation>
    </message>
    <message>
        <source>The file {where} is not a Buzón database.</source>
        <translation>文件 {where} 不是 Buzón 数据库。</translation>
    </message>
    <message>
        <source>It was left untouched. Move it away or choose another data folder with --data-dir or BUZON_DATA_DIR.</source>
        <translation>该文件未被改动。请将其移走，或通过 --data-dir 或 BUZON_DATA_DIR 选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>The database file {where} is empty.</source>
        <translation>数据库文件 {where} 是空的。</translation>
    </message>
    <message>
        <source>Run `buzon demo` to make a demo database in it, or give the path of your Buzón database.</source>
        <translation>运行 `buzon demo` 在其中创建演示数据库，或指定您的 Buzón 数据库路径。</translation>
    </message>
    <message>
        <source>The database {where} cannot be opened.</source>
        <translation>无法打开数据库 {where}。</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>请检查该文件夹是否存在且可写入。</translation>
    </message>
    <message>
        <source>The database path {where} is a folder.</source>
        <translation>数据库路径 {where} 是一个文件夹。</translation>
    </message>
    <message>
        <source>Give the path of a file.</source>
        <translation>请指定一个文件的路径。</translation>
    </message>
    <message>
        <source>The folder of the database {where} does not exist.</source>
        <translation>数据库 {where} 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>Create it, or choose another data folder with --data-dir or BUZON_DATA_DIR.</source>
        <translation>请创建该文件夹，或通过 --data-dir 或 BUZON_DATA_DIR 选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>The database {where} could not be read or written (disk I/O error).</source>
        <translation>无法读取或写入数据库 {where}（磁盘 I/O 错误）。</translation>
    </message>
    <message>
        <source>“{amount}” is not a number.</source>
        <translation>“{amount}”不是数字。</translation>
    </message>
    <message>
        <source>Write the amount as 12.50.</source>
        <translation>请按 12.50 的格式填写金额。</translation>
    </message>
    <message>
        <source>“{amount}” is not a usable amount.</source>
        <translation>“{amount}”不是有效的金额。</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete and cannot be read.</source>
        <translation>文件已损坏或不完整，无法读取。</translation>
    </message>
    <message>
        <source>The picture claims a size far beyond the limit and was not opened.</source>
        <translation>该图片声明的尺寸远超限制，未予打开。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>This file is not a picture.</source>
        <translation>此文件不是图片。</translation>
    </message>
    <message>
        <source>Send a JPEG, PNG, GIF, WebP or BMP image.</source>
        <translation>请发送 JPEG、PNG、GIF、WebP 或 BMP 格式的图片。</translation>
    </message>
    <message>
        <source>The file is {bytes}, over the limit of {max_bytes}.</source>
        <translation>文件大小为 {bytes}，超过了 {max_bytes} 的上限。</translation>
    </message>
    <message>
        <source>Choose a smaller file.</source>
        <translation>请选择较小的文件。</translation>
    </message>
    <message>
        <source>The picture is {width}×{height} pixels, over the limit of {limit} megapixels.</source>
        <translation>图片为 {width}×{height} 像素，超过了 {limit} 百万像素的上限。</translation>
    </message>
    <message>
        <source>Resize it, or take a screenshot of the part that matters.</source>
        <translation>请缩小图片，或只截取需要的部分。</translation>
    </message>
    <message>
        <source>The file cannot be read. It may have been moved, or you may not have permission to open it.</source>
        <translation>无法读取该文件。它可能已被移动，或者您没有打开它的权限。</translation>
    </message>
    <message>
        <source>The attachment could not be saved in {folder}.</source>
        <translation>无法将附件保存到 {folder}。</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that the data folder is writable.</source>
        <translation>请检查磁盘是否已满，以及数据文件夹是否可写。</translation>
    </message>
    <message>
        <source>This kind of file is not supported.</source>
        <translation>不支持此类文件。</translation>
    </message>
    <message>
        <source>Videos cannot be sent in the chat.</source>
        <translation>聊天中不能发送视频。</translation>
    </message>
    <message>
        <source>A video can only be sent with a dispute: open a dispute on the delivered order and add the video there as evidence.</source>
        <translation>视频只能随纠纷一起提交：请对已送达的订单发起纠纷，并在其中将视频添加为证据。</translation>
    </message>
    <message>
        <source>{count} files were attached; at most {limit} go in one message.</source>
        <translation>已附加 {count} 个文件；一条消息最多只能附加 {limit} 个。</translation>
    </message>
    <message>
        <source>Send the rest in another message.</source>
        <translation>请在另一条消息中发送其余文件。</translation>
    </message>
    <message>
        <source>The batch has no conversations.</source>
        <translation>该批次中没有会话。</translation>
    </message>
    <message>
        <source>Choose some, or a view that is not empty.</source>
        <translation>请选择一些会话，或选择一个非空的视图。</translation>
    </message>
    <message>
        <source>Choose either a quick reply or a text.</source>
        <translation>请选择快捷回复或文本，二者选其一。</translation>
    </message>
    <message>
        <source>{count} conversations are more than one batch takes ({limit}).</source>
        <translation>{count} 个会话超出了单个批次的容量（{limit}）。</translation>
    </message>
    <message>
        <source>Choose fewer conversations.</source>
        <translation>请减少所选会话。</translation>
    </message>
    <message>
        <source>A cancellation request on order {order} is already waiting for the store.</source>
        <translation>订单 {order} 已有一个取消申请正在等待店铺处理。</translation>
    </message>
    <message>
        <source>The store answers by {deadline}; after that the order is cancelled automatically.</source>
        <translation>店铺须在 {deadline} 前答复；逾期订单将自动取消。</translation>
    </message>
    <message>
        <source>Only the store of order {order} can answer its cancellation request.</source>
        <translation>只有订单 {order} 的店铺可以答复其取消申请。</translation>
    </message>
    <message>
        <source>The store declined to cancel order {order} on {date}.</source>
        <translation>店铺已于 {date} 拒绝取消订单 {order}。</translation>
    </message>
    <message>
        <source>You can ask again from {again} if it has not shipped by then.</source>
        <translation>如果到 {again} 仍未发货，您可以再次申请。</translation>
    </message>
    <message>
        <source>Order {order} has no cancellation request.</source>
        <translation>订单 {order} 没有取消申请。</translation>
    </message>
    <message>
        <source>Only the buyer of order {order} can ask to cancel it.</source>
        <translation>只有订单 {order} 的买家可以申请取消。</translation>
    </message>
    <message>
        <source>A store that cannot fulfil an order tells the buyer in the chat.</source>
        <translation>店铺如无法履行订单，请在聊天中告知买家。</translation>
    </message>
    <message>
        <source>Unknown cancellation reason “{reason}”.</source>
        <translation>未知的取消原因“{reason}”。</translation>
    </message>
    <message>
        <source>Choose one of the reasons offered.</source>
        <translation>请从给出的原因中选择一个。</translation>
    </message>
    <message>
        <source>Order {order} has already shipped; it can no longer be cancelled.</source>
        <translation>订单 {order} 已发货，无法再取消。</translation>
    </message>
    <message>
        <source>If it does not arrive or is not as described, you can open a dispute once it is delivered.</source>
        <translation>如果未收到货或与描述不符，可在送达后发起纠纷。</translation>
    </message>
    <message>
        <source>If it does not arrive or is not as described, you can open a dispute from {date}.</source>
        <translation>如果未收到货或与描述不符，可从 {date} 起发起纠纷。</translation>
    </message>
    <message>
        <source>That message id belongs to another user&apos;s message.</source>
        <translation>该消息标识属于其他用户的消息。</translation>
    </message>
    <message>
        <source>Send it again as a new message.</source>
        <translation>请作为新消息重新发送。</translation>
    </message>
    <message>
        <source>This message id was already used for another message.</source>
        <translation>该消息标识已被另一条消息使用。</translation>
    </message>
    <message>
        <source>Conversation {conversation} does not exist or is not yours.</source>
        <translation>会话 {conversation} 不存在，或不属于您。</translation>
    </message>
    <message>
        <source>Say which store: a store, a product or an order.</source>
        <translation>请指明店铺：店铺、商品或订单。</translation>
    </message>
    <message>
        <source>A store cannot start a conversation with itself.</source>
        <translation>店铺不能与自己发起会话。</translation>
    </message>
    <message>
        <source>Sellers answer the conversations buyers start.</source>
        <translation>卖家负责回复买家发起的会话。</translation>
    </message>
    <message>
        <source>{days} days is out of range.</source>
        <translation>{days} 天超出了允许的范围。</translation>
    </message>
    <message>
        <source>Use 1 to {limit}.</source>
        <translation>请使用 1 到 {limit} 之间的值。</translation>
    </message>
    <message>
        <source>Check the disk; nothing that was saved before was lost.</source>
        <translation>请检查磁盘；之前保存的内容均未丢失。</translation>
    </message>
    <message>
        <source>The database {where} was moved or deleted while Buzón was using it.</source>
        <translation>数据库 {where} 在 Buzón 使用期间被移动或删除。</translation>
    </message>
    <message>
        <source>Put it back, or start Buzón again.</source>
        <translation>请将其放回原处，或重新启动 Buzón。</translation>
    </message>
    <message>
        <source>There was not enough memory to use the database {where}.</source>
        <translation>内存不足，无法使用数据库 {where}。</translation>
    </message>
    <message>
        <source>Close other programs and try again.</source>
        <translation>请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>Buzón is not allowed to use the database {where}.</source>
        <translation>Buzón 没有权限使用数据库 {where}。</translation>
    </message>
    <message>
        <source>Check its permissions.</source>
        <translation>请检查其权限。</translation>
    </message>
    <message>
        <source>The database {where} is larger than this system allows.</source>
        <translation>数据库 {where} 超出了本系统允许的大小。</translation>
    </message>
    <message>
        <source>Move it to a disk that supports large files.</source>
        <translation>请将其移到支持大文件的磁盘上。</translation>
    </message>
    <message>
        <source>The database server for {where} cannot be reached.</source>
        <translation>无法连接 {where} 的数据库服务器。</translation>
    </message>
    <message>
        <source>Check the URL and that the server is running.</source>
        <translation>请检查 URL，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>The database server for {where} refused the login.</source>
        <translation>{where} 的数据库服务器拒绝了登录。</translation>
    </message>
    <message>
        <source>Check the user name and password in the URL (or ~/.pgpass); the store&apos;s database owner can reset them.</source>
        <translation>请检查 URL（或 ~/.pgpass）中的用户名和密码；店铺数据库的所有者可以重置它们。</translation>
    </message>
    <message>
        <source>The database {where} does not exist on its server.</source>
        <translation>服务器上不存在数据库 {where}。</translation>
    </message>
    <message>
        <source>Check the name in the URL, or create it (docs/postgresql.md).</source>
        <translation>请检查 URL 中的名称，或创建该数据库（docs/postgresql.md）。</translation>
    </message>
    <message>
        <source>Your database role may not do this on {where}.</source>
        <translation>您的数据库角色无权在 {where} 上执行此操作。</translation>
    </message>
    <message>
        <source>Ask the store&apos;s database owner to run `buzon admin init` and give you access (`buzon admin create-user` / `grant`).</source>
        <translation>请让店铺数据库的所有者运行 `buzon admin init` 并为您授予访问权限（`buzon admin create-user` / `grant`）。</translation>
    </message>
    <message>
        <source>The database {where} was made by a newer version of Buzón.</source>
        <translation>数据库 {where} 由更新版本的 Buzón 创建。</translation>
    </message>
    <message>
        <source>Update Buzón on this computer; the database was left untouched.</source>
        <translation>请在此电脑上更新 Buzón；数据库未作任何改动。</translation>
    </message>
    <message>
        <source>The database driver for {where} is not installed.</source>
        <translation>未安装 {where} 的数据库驱动程序。</translation>
    </message>
    <message>
        <source>Install it (for PostgreSQL: pip install &apos;psycopg[binary]&apos;).</source>
        <translation>请安装该驱动（PostgreSQL：pip install &apos;psycopg[binary]&apos;）。</translation>
    </message>
    <message>
        <source>The data folder {where} is read-only.</source>
        <translation>数据文件夹 {where} 是只读的。</translation>
    </message>
    <message>
        <source>The cancellation request on order {order} was already answered on {date}.</source>
        <translation>订单 {order} 的取消申请已于 {date} 得到答复。</translation>
    </message>
    <message>
        <source>Nothing was changed; the order&apos;s page has its history.</source>
        <translation>未做任何更改；订单页面有完整记录。</translation>
    </message>
    <message>
        <source>Conversation {conversation} is not with your store.</source>
        <translation>会话 {conversation} 不是与您店铺的会话。</translation>
    </message>
    <message>
        <source>Choose between 1 and {limit} conversations to mark as read.</source>
        <translation>请选择 1 到 {limit} 个会话标记为已读。</translation>
    </message>
    <message>
        <source>Give yourself write permission on it, or choose another data folder with --data-dir or BUZON_DATA_DIR.</source>
        <translation>请为其授予写入权限，或通过 --data-dir 或 BUZON_DATA_DIR 选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>The data folder {where} cannot be created.</source>
        <translation>无法创建数据文件夹 {where}。</translation>
    </message>
    <message>
        <source>Check the path, or choose another data folder with --data-dir or BUZON_DATA_DIR.</source>
        <translation>请检查路径，或通过 --data-dir 或 BUZON_DATA_DIR 选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>Order {order} has not shipped, so “already shipped” cannot be the reason.</source>
        <translation>订单 {order} 尚未发货，因此原因不能是“已发货”。</translation>
    </message>
    <message>
        <source>Choose another reason.</source>
        <translation>请选择其他原因。</translation>
    </message>
    <message>
        <source>Unknown reason “{reason}”.</source>
        <translation>未知的原因“{reason}”。</translation>
    </message>
    <message>
        <source>Not enough disk space: the pack needs {needed} MB, {free} MB are free.</source>
        <translation>磁盘空间不足：该语言包需要 {needed} MB，可用空间只有 {free} MB。</translation>
    </message>
    <message>
        <source>A dispute is already open on order {order}.</source>
        <translation>订单 {order} 已有一个进行中的纠纷。</translation>
    </message>
    <message>
        <source>Follow it on the order&apos;s page or in the chat with the store.</source>
        <translation>请在订单页面或与店铺的聊天中跟进。</translation>
    </message>
    <message>
        <source>Only the store of order {order} can answer its dispute.</source>
        <translation>只有订单 {order} 的店铺可以答复其纠纷。</translation>
    </message>
    <message>
        <source>Unknown answer “{answer}”.</source>
        <translation>未知的答复“{answer}”。</translation>
    </message>
    <message>
        <source>The dispute on order {order} is closed (refunded {refunded} on {date}).</source>
        <translation>订单 {order} 的纠纷已结束（已于 {date} 退款 {refunded}）。</translation>
    </message>
    <message>
        <source>Its history is on the order&apos;s page.</source>
        <translation>其记录可在订单页面查看。</translation>
    </message>
    <message>
        <source>Only the marketplace decides escalated disputes.</source>
        <translation>升级的纠纷只能由平台裁决。</translation>
    </message>
    <message>
        <source>Unknown decision “{decision}”.</source>
        <translation>未知的裁决“{decision}”。</translation>
    </message>
    <message>
        <source>The description is {length} characters long; the limit is {limit}.</source>
        <translation>描述长 {length} 个字符，上限为 {limit}。</translation>
    </message>
    <message>
        <source>Shorten it; the evidence files can show the rest.</source>
        <translation>请缩短描述；其余内容可以用证据文件来展示。</translation>
    </message>
    <message>
        <source>A dispute can be escalated from day {day}; this one can be from {date}.</source>
        <translation>纠纷从第 {day} 天起可以升级；本纠纷可从 {date} 起升级。</translation>
    </message>
    <message>
        <source>Until then the seller may still answer.</source>
        <translation>在此之前，卖家仍可答复。</translation>
    </message>
    <message>
        <source>The dispute has no description.</source>
        <translation>纠纷没有描述。</translation>
    </message>
    <message>
        <source>Describe what is wrong with the order, so the seller and the marketplace can judge.</source>
        <translation>请描述订单出了什么问题，以便卖家和平台判断。</translation>
    </message>
    <message>
        <source>The dispute on order {order} was answered before this step arrived.</source>
        <translation>在此操作到达之前，订单 {order} 的纠纷已得到答复。</translation>
    </message>
    <message>
        <source>Order {order} has no dispute.</source>
        <translation>订单 {order} 没有纠纷。</translation>
    </message>
    <message>
        <source>Only the buyer of order {order} can do this.</source>
        <translation>只有订单 {order} 的买家可以执行此操作。</translation>
    </message>
    <message>
        <source>Order {order} has not been delivered; a dispute can only be opened once it is.</source>
        <translation>订单 {order} 尚未送达；送达后才能发起纠纷。</translation>
    </message>
    <message>
        <source>Before delivery, contact the seller or ask to cancel the order.</source>
        <translation>送达之前，请联系卖家或申请取消订单。</translation>
    </message>
    <message>
        <source>Only the buyer of order {order} can open a dispute on it.</source>
        <translation>只有订单 {order} 的买家可以对其发起纠纷。</translation>
    </message>
    <message>
        <source>Unknown dispute reason “{reason}”.</source>
        <translation>未知的纠纷原因“{reason}”。</translation>
    </message>
    <message>
        <source>The dispute on order {order} was settled on {date}; an order has only one.</source>
        <translation>订单 {order} 的纠纷已于 {date} 解决；每个订单只能有一次纠纷。</translation>
    </message>
    <message>
        <source>Order {order} is on its way: a dispute can be opened once it is delivered or, if nothing arrives, from {date} (the end of its delivery promise).</source>
        <translation>订单 {order} 正在运输途中：送达后即可发起纠纷；如果一直未收到，可从 {date}（承诺送达期限结束）起发起。</translation>
    </message>
    <message>
        <source>Until then, ask the seller about the delivery in the chat.</source>
        <translation>在此之前，请在聊天中向卖家询问配送情况。</translation>
    </message>
    <message>
        <source>The time to open a dispute on order {order} ended on {date} ({days} days after delivery).</source>
        <translation>订单 {order} 发起纠纷的期限已于 {date} 结束（送达后 {days} 天）。</translation>
    </message>
    <message>
        <source>Contact the seller in the chat.</source>
        <translation>请在聊天中联系卖家。</translation>
    </message>
    <message>
        <source>The download from {host} ended early.</source>
        <translation>从 {host} 的下载提前中断。</translation>
    </message>
    <message>
        <source>The evidence file {file} cannot be read.</source>
        <translation>无法读取证据文件 {file}。</translation>
    </message>
    <message>
        <source>The attachment store is damaged or was moved.</source>
        <translation>附件存储已损坏或已被移动。</translation>
    </message>
    <message>
        <source>This is not an evidence pack made by Buzón.</source>
        <translation>这不是 Buzón 生成的证据包。</translation>
    </message>
    <message>
        <source>Choose the evidence pack&apos;s .zip file.</source>
        <translation>请选择证据包的 .zip 文件。</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} 不是文件。</translation>
    </message>
    <message>
        <source>{path} cannot be read as a ZIP file.</source>
        <translation>无法将 {path} 作为 ZIP 文件读取。</translation>
    </message>
    <message>
        <source>{path} is not a file; the evidence pack was not written.</source>
        <translation>{path} 不是文件；证据包未写入。</translation>
    </message>
    <message>
        <source>Choose a .zip file to write.</source>
        <translation>请选择要写入的 .zip 文件。</translation>
    </message>
    <message>
        <source>{path} is larger than an evidence pack can be.</source>
        <translation>{path} 超出了证据包可能的大小。</translation>
    </message>
    <message>
        <source>{path} cannot be read.</source>
        <translation>无法读取 {path}。</translation>
    </message>
    <message>
        <source>The evidence pack could not be written to {path}.</source>
        <translation>无法将证据包写入 {path}。</translation>
    </message>
    <message>
        <source>Check that the folder can be written and has room, then try again.</source>
        <translation>请检查该文件夹是否可写且有足够空间，然后重试。</translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation>{name}：{why}</translation>
    </message>
    <message>
        <source>{count} evidence files were given; the limit is {limit}.</source>
        <translation>提供了 {count} 个证据文件，上限为 {limit} 个。</translation>
    </message>
    <message>
        <source>Keep the pictures and videos that show the problem best.</source>
        <translation>请保留最能说明问题的图片和视频。</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>文件 {file} 不存在。</translation>
    </message>
    <message>
        <source>The file {file} cannot be read.</source>
        <translation>无法读取文件 {file}。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Choose an existing folder.</source>
        <translation>请选择一个已存在的文件夹。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created.</source>
        <translation>无法创建文件夹 {folder}。</translation>
    </message>
    <message>
        <source>Check the data folder&apos;s permissions.</source>
        <translation>请检查数据文件夹的权限。</translation>
    </message>
    <message>
        <source>The address {url} cannot be used: only http and https are.</source>
        <translation>无法使用地址 {url}：只支持 http 和 https。</translation>
    </message>
    <message>
        <source>The list of language packs has no download link for {pair}.</source>
        <translation>语言包列表中没有 {pair} 的下载链接。</translation>
    </message>
    <message>
        <source>There is no language pack {pair} to download.</source>
        <translation>没有可下载的 {pair} 语言包。</translation>
    </message>
    <message>
        <source>Install a pack from a file.</source>
        <translation>请从文件安装语言包。</translation>
    </message>
    <message>
        <source>The list of language packs could not be read.</source>
        <translation>无法读取语言包列表。</translation>
    </message>
    <message>
        <source>The list of language packs from the server is not usable.</source>
        <translation>服务器提供的语言包列表无法使用。</translation>
    </message>
    <message>
        <source>The installation was cancelled.</source>
        <translation>安装已取消。</translation>
    </message>
    <message>
        <source>A label cannot hold control characters (a line break, a tab).</source>
        <translation>标签不能包含控制字符（换行符、制表符）。</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>标签需要一个名称。</translation>
    </message>
    <message>
        <source>Conversation {conversation} has no label “{label}”.</source>
        <translation>会话 {conversation} 没有标签“{label}”。</translation>
    </message>
    <message>
        <source>The label is {length} characters long; the limit is {limit}.</source>
        <translation>标签长 {length} 个字符，上限为 {limit}。</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>请缩短。</translation>
    </message>
    <message>
        <source>There is no label “{label}”.</source>
        <translation>没有标签“{label}”。</translation>
    </message>
    <message>
        <source>This connection logs in as {login}, who is not a Buzón user here.</source>
        <translation>此连接以 {login} 身份登录，但 {login} 不是此处的 Buzón 用户。</translation>
    </message>
    <message>
        <source>Ask the database&apos;s owner to run: buzon admin create-user {login} --role …</source>
        <translation>请数据库所有者运行：buzon admin create-user {login} --role …</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>消息是空的。</translation>
    </message>
    <message>
        <source>Write something before sending.</source>
        <translation>请先输入内容再发送。</translation>
    </message>
    <message>
        <source>Message {message} is not in conversation {conversation}.</source>
        <translation>消息 {message} 不在会话 {conversation} 中。</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>文本不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>Write it again, or check the encoding of what was pasted.</source>
        <translation>请重新输入，或检查粘贴内容的编码。</translation>
    </message>
    <message>
        <source>The message is {length} characters long; the limit is {limit}.</source>
        <translation>消息长 {length} 个字符，上限为 {limit}。</translation>
    </message>
    <message>
        <source>Shorten it or split it into several messages.</source>
        <translation>请缩短，或拆分成几条消息。</translation>
    </message>
    <message>
        <source>Say where the message goes: a conversation, or a store with a product or an order.</source>
        <translation>请指明消息的去向：一个会话，或一个店铺加上商品或订单。</translation>
    </message>
    <message>
        <source>No language pack translates {pair}.</source>
        <translation>没有可翻译 {pair} 的语言包。</translation>
    </message>
    <message>
        <source>Install {install} in the Language packs dialog.</source>
        <translation>请在“语言包”对话框中安装 {install}。</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>备注是空的。</translation>
    </message>
    <message>
        <source>Write what the team should know.</source>
        <translation>请写下团队需要知道的内容。</translation>
    </message>
    <message>
        <source>A note has at most {limit} characters; this one has {length}.</source>
        <translation>备注最多 {limit} 个字符，这条有 {length} 个。</translation>
    </message>
    <message>
        <source>A partial offer needs its amount.</source>
        <translation>部分退款提议需要填写金额。</translation>
    </message>
    <message>
        <source>Write the amount you offer.</source>
        <translation>请填写您提议的金额。</translation>
    </message>
    <message>
        <source>An offer of {offer} is not partial: the buyer asked for {asked}.</source>
        <translation>{offer} 的提议不是部分退款：买家要求的是 {asked}。</translation>
    </message>
    <message>
        <source>Accept the refund asked instead, or offer less.</source>
        <translation>请接受买家要求的退款，或提议更少的金额。</translation>
    </message>
    <message>
        <source>“{span}” is not a span of office hours.</source>
        <translation>“{span}”不是有效的营业时段。</translation>
    </message>
    <message>
        <source>Write it as 09:00-18:00, or closed.</source>
        <translation>请写成 09:00-18:00，或 closed（休息）。</translation>
    </message>
    <message>
        <source>Order {order} is already cancelled.</source>
        <translation>订单 {order} 已取消。</translation>
    </message>
    <message>
        <source>Unknown order status “{status}”.</source>
        <translation>未知的订单状态“{status}”。</translation>
    </message>
    <message>
        <source>There is no order {order} among your orders.</source>
        <translation>您的订单中没有订单 {order}。</translation>
    </message>
    <message>
        <source>This belongs to {owner}, not to {store}.</source>
        <translation>这属于 {owner}，而不是 {store}。</translation>
    </message>
    <message>
        <source>Contact the store it belongs to.</source>
        <translation>请联系它所属的店铺。</translation>
    </message>
    <message>
        <source>A pack appeared in {folder} meanwhile; nothing was replaced.</source>
        <translation>期间 {folder} 中出现了一个语言包；未替换任何内容。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>请重试。</translation>
    </message>
    <message>
        <source>The language pack {pair} cannot be loaded.</source>
        <translation>无法加载语言包 {pair}。</translation>
    </message>
    <message>
        <source>Remove it and install it again.</source>
        <translation>请将其删除后重新安装。</translation>
    </message>
    <message>
        <source>The pack file {file} is corrupt; nothing was installed.</source>
        <translation>语言包文件 {file} 已损坏；未安装任何内容。</translation>
    </message>
    <message>
        <source>Download it again.</source>
        <translation>请重新下载。</translation>
    </message>
    <message>
        <source>The disk is full: the pack was not installed.</source>
        <translation>磁盘已满：语言包未安装。</translation>
    </message>
    <message>
        <source>The pack at {url} is too large; the download was stopped.</source>
        <translation>{url} 上的语言包过大；下载已停止。</translation>
    </message>
    <message>
        <source>A pack {pair} is already installed (version {installed}; this file has version {offered}).</source>
        <translation>已安装 {pair} 语言包（版本 {installed}；此文件的版本为 {offered}）。</translation>
    </message>
    <message>
        <source>Replace it, or keep the installed one.</source>
        <translation>请替换它，或保留已安装的版本。</translation>
    </message>
    <message>
        <source>The pack&apos;s folder {folder} is already used by another installed pack; it was not installed.</source>
        <translation>语言包的文件夹 {folder} 已被另一个已安装的语言包占用；未安装。</translation>
    </message>
    <message>
        <source>The file {file} is not a usable language pack.</source>
        <translation>文件 {file} 不是可用的语言包。</translation>
    </message>
    <message>
        <source>{file} is a folder, not a language pack file.</source>
        <translation>{file} 是文件夹，不是语言包文件。</translation>
    </message>
    <message>
        <source>Choose a .argosmodel file.</source>
        <translation>请选择 .argosmodel 文件。</translation>
    </message>
    <message>
        <source>The language pack holds a file it must not hold; it was refused.</source>
        <translation>该语言包含有不应包含的文件，已被拒绝。</translation>
    </message>
    <message>
        <source>Download it again from a source you trust.</source>
        <translation>请从可信的来源重新下载。</translation>
    </message>
    <message>
        <source>The pack&apos;s model cannot be loaded; nothing was installed.</source>
        <translation>无法加载语言包的模型；未安装任何内容。</translation>
    </message>
    <message>
        <source>No pack {pair} is installed.</source>
        <translation>未安装 {pair} 语言包。</translation>
    </message>
    <message>
        <source>The file {file} is not a language pack: it is not a zip archive, or it is truncated or corrupt.</source>
        <translation>文件 {file} 不是语言包：它不是 zip 压缩包，或者已截断或损坏。</translation>
    </message>
    <message>
        <source>The file {file} is too large for a language pack.</source>
        <translation>文件 {file} 对语言包来说过大。</translation>
    </message>
    <message>
        <source>The pack file {file} is truncated; nothing was installed.</source>
        <translation>语言包文件 {file} 不完整；未安装任何内容。</translation>
    </message>
    <message>
        <source>{path} cannot be removed.</source>
        <translation>无法删除 {path}。</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>无法写入 {path}。</translation>
    </message>
    <message>
        <source>Check the disk and try again.</source>
        <translation>请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>The packs folder {folder} cannot be read.</source>
        <translation>无法读取语言包文件夹 {folder}。</translation>
    </message>
    <message>
        <source>{limit} conversations are pinned already.</source>
        <translation>已置顶 {limit} 个会话。</translation>
    </message>
    <message>
        <source>Unpin one first.</source>
        <translation>请先取消置顶一个。</translation>
    </message>
    <message>
        <source>{placeholder} has no value in this conversation and no fallback.</source>
        <translation>{placeholder} 在此会话中没有值，也没有备用值。</translation>
    </message>
    <message>
        <source>Give it one, as in {example}, or write the message yourself.</source>
        <translation>请为它设置一个，例如 {example}，或者自己写这条消息。</translation>
    </message>
    <message>
        <source>Unknown placeholder {placeholder}.</source>
        <translation>未知的占位符 {placeholder}。</translation>
    </message>
    <message>
        <source>Known placeholders: {known}. A fallback goes after a bar, as in {example}.</source>
        <translation>可用的占位符：{known}。备用值写在竖线之后，例如 {example}。</translation>
    </message>
    <message>
        <source>The content policy&apos;s rules file {path} is damaged.</source>
        <translation>内容规范的规则文件 {path} 已损坏。</translation>
    </message>
    <message>
        <source>Reinstall Buzón or restore the file.</source>
        <translation>请重新安装 Buzón 或恢复该文件。</translation>
    </message>
    <message>
        <source>The content policy&apos;s rules file {path} is missing.</source>
        <translation>缺少内容规范的规则文件 {path}。</translation>
    </message>
    <message>
        <source>There is no product {product}.</source>
        <translation>没有商品 {product}。</translation>
    </message>
    <message>
        <source>“{code}” cannot be a code.</source>
        <translation>“{code}”不能用作代码。</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, - and _, up to 32.</source>
        <translation>请使用小写字母、数字、- 和 _，最多 32 个。</translation>
    </message>
    <message>
        <source>The store has a quick reply “{code}” already.</source>
        <translation>店铺已有快捷回复“{code}”。</translation>
    </message>
    <message>
        <source>Choose another code, or edit that reply.</source>
        <translation>请换一个代码，或编辑那条回复。</translation>
    </message>
    <message>
        <source>A quick reply needs a code.</source>
        <translation>快捷回复需要一个代码。</translation>
    </message>
    <message>
        <source>For example: photos, delay, no-tracking.</source>
        <translation>例如：photos、delay、no-tracking。</translation>
    </message>
    <message>
        <source>A quick reply needs a title.</source>
        <translation>快捷回复需要一个标题。</translation>
    </message>
    <message>
        <source>There is no quick reply “{code}”.</source>
        <translation>没有快捷回复“{code}”。</translation>
    </message>
    <message>
        <source>Unknown refund “{kind}”.</source>
        <translation>未知的退款方式“{kind}”。</translation>
    </message>
    <message>
        <source>A partial refund needs its amount.</source>
        <translation>部分退款需要填写金额。</translation>
    </message>
    <message>
        <source>Write the amount.</source>
        <translation>请填写金额。</translation>
    </message>
    <message>
        <source>A refund of {amount} is not possible.</source>
        <translation>无法退款 {amount}。</translation>
    </message>
    <message>
        <source>Ask for an amount above zero, at most the order&apos;s total ({total}).</source>
        <translation>请申请大于零、且不超过订单总额（{total}）的金额。</translation>
    </message>
    <message>
        <source>{amount} is more than the order&apos;s total ({total}).</source>
        <translation>{amount} 超过了订单总额（{total}）。</translation>
    </message>
    <message>
        <source>A refund is at most what was paid.</source>
        <translation>退款金额最多为实际支付的金额。</translation>
    </message>
    <message>
        <source>The marketplace has no return address for the store of order {order}: the buyer would not know where to send the item.</source>
        <translation type="vanished">平台没有订单 {order} 所属店铺的退货地址：买家将不知道把商品寄往何处。</translation>
    </message>
    <message>
        <source>Accept the refund, offer a partial one or reject the dispute instead.</source>
        <translation type="vanished">请改为同意退款、提出部分退款或拒绝纠纷。</translation>
    </message>
    <message>
        <source>A response target of {minutes} minutes is out of range.</source>
        <translation>{minutes} 分钟的回复目标超出了允许的范围。</translation>
    </message>
    <message>
        <source>Use 1 minute to {hours} hours.</source>
        <translation>请使用 1 分钟到 {hours} 小时之间的值。</translation>
    </message>
    <message>
        <source>The search index of {database} is damaged or was made by another version of Buzón.</source>
        <translation>{database} 的搜索索引已损坏，或由其他版本的 Buzón 生成。</translation>
    </message>
    <message>
        <source>Rebuild it (nothing else is changed): buzon search --rebuild</source>
        <translation>请重建索引（不会改动其他内容）：buzon search --rebuild</translation>
    </message>
    <message>
        <source>The database {database} has no search index.</source>
        <translation>数据库 {database} 没有搜索索引。</translation>
    </message>
    <message>
        <source>Open it with this version of Buzón so that it is migrated.</source>
        <translation>请用此版本的 Buzón 打开它，以便完成迁移。</translation>
    </message>
    <message>
        <source>“{value}” is not a valid value for {key}.</source>
        <translation>“{value}”不是 {key} 的有效值。</translation>
    </message>
    <message>
        <source>Use {allowed}.</source>
        <translation>请使用 {allowed}。</translation>
    </message>
    <message>
        <source>There is no setting “{key}”.</source>
        <translation>没有设置项“{key}”。</translation>
    </message>
    <message>
        <source>The settings could not be saved in {path}.</source>
        <translation>无法将设置保存到 {path}。</translation>
    </message>
    <message>
        <source>Check that the data folder can be written, then try again.</source>
        <translation>请检查数据文件夹是否可写入，然后重试。</translation>
    </message>
    <message>
        <source>Order {order} is not awaiting shipment, so it cannot be marked shipped.</source>
        <translation>订单 {order} 不在待发货状态，因此不能标记为已发货。</translation>
    </message>
    <message>
        <source>Only the store of order {order} can mark it shipped.</source>
        <translation>只有订单 {order} 的店铺可以将其标记为已发货。</translation>
    </message>
    <message>
        <source>Shipping needs the carrier and the tracking number.</source>
        <translation>发货需要填写承运商和运单号。</translation>
    </message>
    <message>
        <source>Give both.</source>
        <translation>请两项都填写。</translation>
    </message>
    <message>
        <source>This belongs to a store; {user} is a buyer.</source>
        <translation>这属于店铺；{user} 是买家。</translation>
    </message>
    <message>
        <source>Unknown store “{store}”.</source>
        <translation>未知的店铺“{store}”。</translation>
    </message>
    <message>
        <source>{handle} is not on this store&apos;s team.</source>
        <translation>{handle} 不在本店铺的团队中。</translation>
    </message>
    <message>
        <source>The team: {team}</source>
        <translation>团队成员：{team}</translation>
    </message>
    <message>
        <source>Conversation {conversation} is not one of your store&apos;s.</source>
        <translation>会话 {conversation} 不属于您的店铺。</translation>
    </message>
    <message>
        <source>Only the store&apos;s team assigns, takes notes or sees who is replying.</source>
        <translation>只有店铺团队可以分配会话、记录备注或查看谁在回复。</translation>
    </message>
    <message>
        <source>Only a store&apos;s team has these lists.</source>
        <translation>只有店铺团队才有这些列表。</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>文本是空的。</translation>
    </message>
    <message>
        <source>Write something.</source>
        <translation>请输入内容。</translation>
    </message>
    <message>
        <source>Write it: the other side reads it.</source>
        <translation>请填写：对方会看到。</translation>
    </message>
    <message>
        <source>The “{brace}” at character {position} is not part of a placeholder.</source>
        <translation>第 {position} 个字符处的“{brace}”不属于任何占位符。</translation>
    </message>
    <message>
        <source>Braces only write placeholders, as in {example}.</source>
        <translation>花括号只用于书写占位符，例如 {example}。</translation>
    </message>
    <message>
        <source>The text holds a control character at character {position}.</source>
        <translation>文本第 {position} 个字符是控制字符。</translation>
    </message>
    <message>
        <source>Remove it; line breaks and tabs are allowed.</source>
        <translation>请删除它；换行和制表符是允许的。</translation>
    </message>
    <message>
        <source>A placeholder cannot hold another one (character {position}).</source>
        <translation>占位符内不能再包含占位符（第 {position} 个字符）。</translation>
    </message>
    <message>
        <source>A fallback is plain text, as in {example}.</source>
        <translation>备用内容只能是普通文字，例如 {example}。</translation>
    </message>
    <message>
        <source>A batch id is at most {limit} characters; this one has {length}.</source>
        <translation>批次 ID 最多 {limit} 个字符；这个有 {length} 个。</translation>
    </message>
    <message>
        <source>Use a short key, such as the date and a word.</source>
        <translation>请使用简短的键，例如日期加一个词。</translation>
    </message>
    <message>
        <source>A client id is at most {limit} characters; this one has {length}.</source>
        <translation>客户端 ID 最多 {limit} 个字符；这个有 {length} 个。</translation>
    </message>
    <message>
        <source>Use a short unique key, such as a UUID.</source>
        <translation>请使用简短且唯一的键，例如 UUID。</translation>
    </message>
    <message>
        <source>The text holds a NUL character (code 0), which the database cannot store.</source>
        <translation>文本包含 NUL 字符（代码 0），数据库无法保存。</translation>
    </message>
    <message>
        <source>Remove it and try again.</source>
        <translation>请删除后重试。</translation>
    </message>
    <message>
        <source>The text is {length} characters long; the limit is {limit}.</source>
        <translation>文本长 {length} 个字符，上限为 {limit}。</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone.</source>
        <translation>“{zone}”不是时区。</translation>
    </message>
    <message>
        <source>Use a name such as Asia/Shanghai.</source>
        <translation>请使用 Asia/Shanghai 这样的名称。</translation>
    </message>
    <message>
        <source>The title is {length} characters long; the limit is {limit}.</source>
        <translation>标题长 {length} 个字符，上限为 {limit}。</translation>
    </message>
    <message>
        <source>“{tracking}” is not a tracking number (letters, digits and dashes, at most 64).</source>
        <translation>“{tracking}”不是运单号（字母、数字和连字符，最多 64 个）。</translation>
    </message>
    <message>
        <source>Copy it from the carrier&apos;s receipt.</source>
        <translation>请从承运商的收据上复制。</translation>
    </message>
    <message>
        <source>This connection logs in as {login}; on PostgreSQL you act as your login role&apos;s user, not as {user}.</source>
        <translation>此连接以 {login} 身份登录；在 PostgreSQL 上，您只能以登录角色对应的用户身份操作，而不能以 {user} 身份操作。</translation>
    </message>
    <message>
        <source>Leave --user out (or give --user {login}), or connect as {user}&apos;s own role: postgresql://{user}@HOST/DB.</source>
        <translation>去掉 --user（或使用 --user {login}），或以 {user} 自己的角色连接：postgresql://{user}@HOST/DB。</translation>
    </message>
    <message>
        <source>Unknown user “{user}”.</source>
        <translation>未知的用户“{user}”。</translation>
    </message>
    <message>
        <source>Unknown view “{view}”.</source>
        <translation>未知的视图“{view}”。</translation>
    </message>
    <message>
        <source>“{day}” is not a weekday.</source>
        <translation>“{day}”不是星期几。</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>Something went wrong inside Buzón: %1

What you typed is kept. If the window does not work as it should, close Buzón and open it again.</source>
        <translation>Buzón 内部出错：%1

您输入的内容已保留。如果窗口无法正常工作，请关闭 Buzón 后重新打开。</translation>
    </message>
    <message>
        <source>The details were written to the terminal that started Buzón (the data folder cannot be written).</source>
        <translation>详细信息已输出到启动 Buzón 的终端（数据文件夹无法写入）。</translation>
    </message>
    <message>
        <source>The details are in %1: please send that file with your report.</source>
        <translation>详细信息在 %1 中：请随报告一起发送该文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) since.</source>
        <translation>
            <numerusform>此后又发生了 %n 个错误。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Awaiting payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>纠纷中</translation>
    </message>
    <message>
        <source>Accepted by the carrier</source>
        <translation>承运商已揽收</translation>
    </message>
    <message>
        <source>No tracking information yet</source>
        <translation>暂无物流信息</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>已延误</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>已退回寄件人</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>已发出</translation>
    </message>
    <message>
        <source>Held by customs</source>
        <translation>海关扣留</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation>暂无评价</translation>
    </message>
    <message>
        <source>★ %1 (%2 reviews)</source>
        <translation>★ %1（%2 条评价）</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Talking with sellers</source>
        <translation>与卖家沟通</translation>
    </message>
    <message>
        <source>Talking with buyers</source>
        <translation>与买家沟通</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Zoom out (-)</source>
        <translation>缩小 (-)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大 (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Fit the picture to the window</source>
        <translation>使图片适应窗口大小</translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="vanished">100%</translation>
    </message>
    <message>
        <source>Show the picture at its actual size (0)</source>
        <translation>以实际尺寸显示图片 (0)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为……</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载……</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>无法显示此图片。</translation>
    </message>
    <message>
        <source>Save picture as</source>
        <translation>图片另存为</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>The picture could not be saved: %1</source>
        <translation>无法保存图片：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Choose a conversation on the left. Buyers write to your store from a product or an order; their conversations appear here.</source>
        <translation>请在左侧选择一个会话。买家会从商品或订单页面给您的店铺发消息，他们的会话将显示在这里。</translation>
    </message>
    <message>
        <source>The marketplace takes no part in the chats. Escalated disputes wait for your decision on their order&apos;s page, under Orders.</source>
        <translation>平台不参与聊天。已升级的纠纷在“订单”中各自的订单页面等待您的裁决。</translation>
    </message>
    <message>
        <source>Choose a conversation on the left, or press “Contact seller” on a product or an order.</source>
        <translation>请在左侧选择一个会话，或在商品或订单上点击“联系卖家”。</translation>
    </message>
    <message>
        <source>Buzón cannot open its database</source>
        <translation>Buzón 无法打开其数据库</translation>
    </message>
    <message>
        <source>&amp;Buzón</source>
        <translation>&amp;Buzón</translation>
    </message>
    <message>
        <source>&amp;Language packs…</source>
        <translation>语言包(&amp;L)……</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)……</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Talking with sellers</source>
        <translation>与卖家沟通</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>键盘快捷键(&amp;K)……</translation>
    </message>
    <message>
        <source>Talking with buyers</source>
        <translation>与买家沟通</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>工作台(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quick replies…</source>
        <translation>快捷回复(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Response times…</source>
        <translation>响应时间(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Store settings…</source>
        <translation>店铺设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Batch reply…</source>
        <translation>批量回复(&amp;B)……</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln 条未读消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageCentre</name>
    <message>
        <source>Choose a conversation on the left, or press “Contact seller” on a product or an order.</source>
        <translation>请在左侧选择一个会话，或在商品或订单上点击“联系卖家”。</translation>
    </message>
    <message>
        <source>Search every conversation</source>
        <translation>在所有会话中搜索</translation>
    </message>
    <message>
        <source>No messages match “%1”.</source>
        <translation>没有与“%1”匹配的消息。</translation>
    </message>
    <message>
        <source>Search is still indexing older messages: some may be missing.</source>
        <translation>搜索仍在为较早的消息建立索引：部分结果可能缺失。</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>标记为已读</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>标记为未读</translation>
    </message>
    <message>
        <source>Delete for me…</source>
        <translation>为我删除……</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n as read</source>
        <translation>
            <numerusform>将 %n 个标记为已读</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Move back to the inbox</source>
        <translation>移回收件箱</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>No response needed</source>
        <translation>无需回复</translation>
    </message>
    <message>
        <source>Batch reply…</source>
        <translation>批量回复……</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>删除会话</translation>
    </message>
    <message>
        <source>Delete this conversation for you? The other side keeps its copy. If they write again, the conversation comes back with the new messages only.</source>
        <translation>要为您删除此会话吗？对方仍保留其副本。如果对方再次发来消息，会话将重新出现，但只包含新消息。</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Sending…</source>
        <translation>正在发送……</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Not sent. Click to retry</source>
        <translation>未发送。点击重试</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Dispute · order %1</source>
        <translation>纠纷 · 订单 %1</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>Original · Show translation</source>
        <translation>原文 · 显示译文</translation>
    </message>
    <message>
        <source>Translated from %1 · Show original</source>
        <translation>译自%1 · 显示原文</translation>
    </message>
    <message>
        <source>No language pack for %1 → %2 · Install…</source>
        <translation>没有 %1 → %2 的语言包 · 安装……</translation>
    </message>
</context>
<context>
    <name>NoteBar</name>
    <message>
        <source>Internal note for the team (the buyer never sees it)</source>
        <translation>团队内部备注（买家永远看不到）</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
</context>
<context>
    <name>NoteBubble</name>
    <message>
        <source>Internal note · %1 · %2</source>
        <translation>内部备注 · %1 · %2</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>[Image]</source>
        <translation>[图片]</translation>
    </message>
    <message>
        <source>Buzón</source>
        <translation>Buzón</translation>
    </message>
    <message numerus="yes">
        <source>%n more conversations have new messages</source>
        <translation>
            <numerusform>另有 %n 个会话有新消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>An internal error stopped this. What you wrote is still here.</source>
        <translation>内部错误导致操作中止。您填写的内容仍保留在此。</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>承运商：</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>运单号：</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>← Back to orders</source>
        <translation>← 返回订单</translation>
    </message>
    <message>
        <source>Ask the seller about this</source>
        <translation>就此询问卖家</translation>
    </message>
    <message>
        <source>Contact seller</source>
        <translation>联系卖家</translation>
    </message>
    <message>
        <source>Open dispute</source>
        <translation>发起纠纷</translation>
    </message>
    <message>
        <source>Not received, damaged or not as described? Open a dispute with pictures or a video as evidence.</source>
        <translation>未收到、已损坏或与描述不符？请发起纠纷，并附上图片或视频作为证据。</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>物流跟踪</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Contact buyer</source>
        <translation>联系买家</translation>
    </message>
    <message>
        <source>The tracking says “%1” since %2.</source>
        <translation>物流信息自 %2 起显示“%1”。</translation>
    </message>
    <message>
        <source>%1 has not written to your store yet. Sellers answer the conversations buyers start.</source>
        <translation>%1 尚未给您的店铺发过消息。卖家只能回复买家发起的会话。</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>纠纷已发起</translation>
    </message>
    <message>
        <source>Your dispute on order %1 is open. The seller sees it on the order and in your chat; follow it on this page.</source>
        <translation>您对订单 %1 的纠纷已发起。卖家可在订单页面和你们的聊天中看到；请在此页面跟进处理进度。</translation>
    </message>
</context>
<context>
    <name>OrderProblems</name>
    <message>
        <source>Cancellation requested</source>
        <translation>已申请取消</translation>
    </message>
    <message>
        <source>Cancellation accepted</source>
        <translation>已同意取消</translation>
    </message>
    <message>
        <source>Cancellation declined</source>
        <translation>已拒绝取消</translation>
    </message>
    <message>
        <source>Cancelled automatically: the store did not answer within 48 h</source>
        <translation type="vanished">已自动取消：店铺未在 48 小时内答复</translation>
    </message>
    <message>
        <source>Cancelled automatically: the store did not answer in time</source>
        <translation>已自动取消：店铺未在规定时间内答复</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>纠纷已发起</translation>
    </message>
    <message>
        <source>Refund accepted</source>
        <translation>已同意退款</translation>
    </message>
    <message>
        <source>Partial refund offered</source>
        <translation>已提出部分退款</translation>
    </message>
    <message>
        <source>Return asked</source>
        <translation>已要求退货</translation>
    </message>
    <message>
        <source>Item shipped back</source>
        <translation>商品已寄回</translation>
    </message>
    <message>
        <source>The return was not shipped in time</source>
        <translation>退货未按时寄出</translation>
    </message>
    <message>
        <source>Dispute rejected</source>
        <translation>纠纷被拒绝</translation>
    </message>
    <message>
        <source>Answer accepted</source>
        <translation>已接受答复</translation>
    </message>
    <message>
        <source>Refund accepted automatically: the seller did not answer in time</source>
        <translation>已自动同意退款：卖家未按时答复</translation>
    </message>
    <message>
        <source>Escalated to the marketplace</source>
        <translation>已提交平台介入</translation>
    </message>
    <message>
        <source>Escalated automatically</source>
        <translation>已自动提交平台介入</translation>
    </message>
    <message>
        <source>Decided by the marketplace</source>
        <translation>平台已裁决</translation>
    </message>
    <message>
        <source>Cancellation requested: waiting for the store</source>
        <translation>已申请取消：等待店铺答复</translation>
    </message>
    <message>
        <source>Cancelled by the store</source>
        <translation>店铺已取消</translation>
    </message>
    <message>
        <source>The store declined the cancellation</source>
        <translation>店铺拒绝了取消申请</translation>
    </message>
    <message>
        <source>Dispute open: waiting for the seller</source>
        <translation>纠纷处理中：等待卖家答复</translation>
    </message>
    <message>
        <source>The seller offered a partial refund</source>
        <translation>卖家提出了部分退款</translation>
    </message>
    <message>
        <source>The seller asked for the item back</source>
        <translation>卖家要求退货</translation>
    </message>
    <message>
        <source>The item was shipped back: waiting for the refund</source>
        <translation>商品已寄回：等待退款</translation>
    </message>
    <message>
        <source>The seller rejected the dispute</source>
        <translation>卖家拒绝了纠纷</translation>
    </message>
    <message>
        <source>Escalated: waiting for the marketplace&apos;s decision</source>
        <translation>已提交平台介入：等待平台裁决</translation>
    </message>
    <message>
        <source>Dispute closed</source>
        <translation>纠纷已结束</translation>
    </message>
    <message>
        <source>Cancellation requested: waiting for your answer</source>
        <translation>已申请取消：等待您答复</translation>
    </message>
    <message>
        <source>Dispute open: waiting for your answer</source>
        <translation>纠纷处理中：等待您答复</translation>
    </message>
    <message>
        <source>The item was shipped back: waiting for your refund</source>
        <translation>商品已寄回：等待您退款</translation>
    </message>
    <message>
        <source>Answer by %1, or the order is cancelled automatically.</source>
        <translation>请在 %1 之前答复，否则订单将自动取消。</translation>
    </message>
    <message>
        <source>Answer by %1, or the refund asked is accepted automatically.</source>
        <translation>请在 %1 之前答复，否则将自动同意买家要求的退款。</translation>
    </message>
    <message>
        <source>If the buyer has not accepted by %1, the dispute goes to the marketplace.</source>
        <translation>如果买家在 %1 之前未接受，纠纷将提交平台处理。</translation>
    </message>
    <message>
        <source>The buyer ships the item back by %1, or the dispute closes without a refund.</source>
        <translation>买家需在 %1 之前寄回商品，否则纠纷关闭且不退款。</translation>
    </message>
    <message>
        <source>Refund by %1, or the refund asked is made automatically.</source>
        <translation>请在 %1 之前退款，否则将自动按买家要求退款。</translation>
    </message>
    <message>
        <source>The store answers by %1, or the order is cancelled automatically.</source>
        <translation>店铺需在 %1 之前答复，否则订单将自动取消。</translation>
    </message>
    <message>
        <source>The seller answers by %1, or the refund you asked is accepted automatically.</source>
        <translation>卖家需在 %1 之前答复，否则将自动同意您要求的退款。</translation>
    </message>
    <message>
        <source>Accept or escalate by %1; then the dispute goes to the marketplace.</source>
        <translation>请在 %1 之前接受或提交平台介入；之后纠纷将提交平台处理。</translation>
    </message>
    <message>
        <source>Ship the item back by %1, or the dispute closes without a refund.</source>
        <translation>请在 %1 之前寄回商品，否则纠纷关闭且不退款。</translation>
    </message>
    <message>
        <source>The seller refunds by %1, or the refund you asked is made automatically.</source>
        <translation>卖家需在 %1 之前退款，否则将自动按您的要求退款。</translation>
    </message>
    <message>
        <source>Cancellation and dispute</source>
        <translation>取消与纠纷</translation>
    </message>
    <message>
        <source>Return address:</source>
        <translation>退货地址：</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>取消订单……</translation>
    </message>
    <message>
        <source>Mark as shipped…</source>
        <translation>标记为已发货……</translation>
    </message>
    <message>
        <source>Accept cancellation</source>
        <translation>同意取消</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>拒绝……</translation>
    </message>
    <message>
        <source>Answer the dispute…</source>
        <translation>答复纠纷……</translation>
    </message>
    <message>
        <source>Refund the returned item</source>
        <translation>为退回的商品退款</translation>
    </message>
    <message>
        <source>Accept the seller&apos;s answer</source>
        <translation>接受卖家的答复</translation>
    </message>
    <message>
        <source>Escalate to the marketplace</source>
        <translation>提交平台介入</translation>
    </message>
    <message>
        <source>Ship the item back…</source>
        <translation>寄回商品……</translation>
    </message>
    <message>
        <source>Decide the dispute…</source>
        <translation>裁决纠纷……</translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>导出证据……</translation>
    </message>
    <message>
        <source>Ship by %1 — overdue: you may cancel the order</source>
        <translation>店铺应于 %1 前发货 — 已逾期：您可以取消订单</translation>
    </message>
    <message>
        <source>Ship by %1 — overdue: the buyer may cancel</source>
        <translation>应于 %1 前发货 — 已逾期：买家可以取消订单</translation>
    </message>
    <message>
        <source>Ship by %1</source>
        <translation>应于 %1 前发货</translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation>已退款 %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>截止时间：%1</translation>
    </message>
    <message>
        <source>Possible from %1</source>
        <translation>%1 起可操作</translation>
    </message>
    <message>
        <source>Dispute: %1</source>
        <translation>纠纷：%1</translation>
    </message>
    <message>
        <source>you</source>
        <translation>您</translation>
    </message>
    <message>
        <source>the buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Opened by %1 on %2</source>
        <translation>由%1于 %2 发起</translation>
    </message>
    <message>
        <source>Evidence pack saved to %1</source>
        <translation>证据包已保存到 %1</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>原文：%1</translation>
    </message>
    <message>
        <source>the marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>(translated from %1)</source>
        <translation>（译自%1）</translation>
    </message>
    <message>
        <source>translated from %1</source>
        <translation type="vanished">译自%1</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>导出证据</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP 文件 (*.zip)</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <source>Search orders (number, product, tracking)</source>
        <translation>搜索订单（订单号、商品、运单号）</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Contact seller</source>
        <translation>联系卖家</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>打开订单</translation>
    </message>
    <message>
        <source>No orders match the search or the status chosen.</source>
        <translation>没有符合搜索或所选状态的订单。</translation>
    </message>
    <message>
        <source>No orders yet. Orders you place on the marketplace appear here.</source>
        <translation>暂无订单。您在平台上下的订单会显示在这里。</translation>
    </message>
    <message>
        <source>Your store has no orders yet.</source>
        <translation>您的店铺暂无订单。</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>暂无订单。</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>Language packs</source>
        <translation>语言包</translation>
    </message>
    <message>
        <source>Messages are translated on this computer with language packs, one per direction (for example Español → English).</source>
        <translation>消息在本机上通过语言包翻译，每个翻译方向一个语言包（例如 Español → English）。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>No language pack is installed yet.</source>
        <translation>尚未安装任何语言包。</translation>
    </message>
    <message>
        <source>Install from file…</source>
        <translation>从文件安装……</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>下载……</translation>
    </message>
    <message>
        <source>Search languages…</source>
        <translation>搜索语言……</translation>
    </message>
    <message>
        <source>Download and install</source>
        <translation>下载并安装</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详细信息……</translation>
    </message>
    <message>
        <source>Remove language pack</source>
        <translation>移除语言包</translation>
    </message>
    <message>
        <source>Remove the pack %1? Messages in this direction will no longer be translated.</source>
        <translation>要移除语言包 %1 吗？此方向的消息将不再被翻译。</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>正在移除……</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message>
        <source>Install a language pack</source>
        <translation>安装语言包</translation>
    </message>
    <message>
        <source>Language packs (*.argosmodel);;All files (*)</source>
        <translation>语言包 (*.argosmodel);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Installing %1…</source>
        <translation>正在安装 %1……</translation>
    </message>
    <message>
        <source>Loading the list of packs…</source>
        <translation>正在加载语言包列表……</translation>
    </message>
    <message>
        <source>%1 packs available.</source>
        <translation>共有 %1 个可用语言包。</translation>
    </message>
    <message>
        <source>The index offers no pack %1.</source>
        <translation>索引中没有语言包 %1。</translation>
    </message>
    <message>
        <source>installed: %1</source>
        <translation>已安装：%1</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>正在下载 %1……</translation>
    </message>
    <message>
        <source>Installed %1 (version %2).</source>
        <translation>已安装 %1（版本 %2）。</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>正在安装……</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消……</translation>
    </message>
    <message>
        <source>Replace language pack</source>
        <translation>替换语言包</translation>
    </message>
    <message>
        <source>%1 is already installed. Replace version %2 with %3?</source>
        <translation>%1 已安装。要用版本 %3 替换版本 %2 吗？</translation>
    </message>
    <message>
        <source>The installed pack was kept.</source>
        <translation>已保留已安装的语言包。</translation>
    </message>
    <message>
        <source>An internal error stopped the operation; nothing was changed.</source>
        <translation>内部错误导致操作中止；未做任何更改。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>PendingSends</name>
    <message>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
</context>
<context>
    <name>PolicyRules</name>
    <message>
        <source>Attention: there was an error sending the message. Make sure you comply with the local regulation policies</source>
        <translation>注意：发送消息时出错。请确保您遵守当地的监管政策</translation>
    </message>
    <message>
        <source>Contact through other messaging apps or social networks is not allowed</source>
        <translation>不允许通过其他即时通讯应用或社交网络联系</translation>
    </message>
    <message>
        <source>E-mail addresses are not allowed</source>
        <translation>不允许发送电子邮件地址</translation>
    </message>
    <message>
        <source>Phone numbers are not allowed</source>
        <translation>不允许发送电话号码</translation>
    </message>
    <message>
        <source>Links to other websites are not allowed</source>
        <translation>不允许发送其他网站的链接</translation>
    </message>
    <message>
        <source>Payment outside the platform is not allowed</source>
        <translation>不允许在平台外付款</translation>
    </message>
</context>
<context>
    <name>PolicyWarning</name>
    <message>
        <source>Message not sent</source>
        <translation>消息未发送</translation>
    </message>
    <message>
        <source>Your text is still in the box: edit it and send again.</source>
        <translation>您的文字仍在输入框中：请修改后重新发送。</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
</context>
<context>
    <name>PresenceLine</name>
    <message>
        <source>%1 is replying…</source>
        <translation>%1 正在回复……</translation>
    </message>
    <message>
        <source>%1 are replying…</source>
        <translation>%1 正在回复……</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>← Back to products</source>
        <translation>← 返回商品</translation>
    </message>
    <message>
        <source>No reviews yet: ask the seller for real photos before you buy.</source>
        <translation>暂无评价：购买前请向卖家索要实拍照片。</translation>
    </message>
    <message>
        <source>Contact seller</source>
        <translation>联系卖家</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sold</source>
        <translation>
            <numerusform>已售 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold by %1</source>
        <translation>卖家：%1</translation>
    </message>
</context>
<context>
    <name>ProductsView</name>
    <message>
        <source>All stores</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <source>Search products (title, store)</source>
        <translation>搜索商品（标题、店铺）</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>No products match the search.</source>
        <translation>没有符合搜索的商品。</translation>
    </message>
    <message>
        <source>No products here yet.</source>
        <translation>这里暂无商品。</translation>
    </message>
</context>
<context>
    <name>QuestionChips</name>
    <message>
        <source>Ask before you buy:</source>
        <translation>购买前先问问：</translation>
    </message>
    <message>
        <source>Real photos</source>
        <translation>实拍图</translation>
    </message>
    <message>
        <source>Size for my height and weight</source>
        <translation>适合我身高体重的尺码</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材质</translation>
    </message>
    <message>
        <source>Original or replica?</source>
        <translation>正品还是仿品？</translation>
    </message>
    <message>
        <source>Shipping time to my country</source>
        <translation>寄到我国的运输时间</translation>
    </message>
</context>
<context>
    <name>QuickRepliesDialog</name>
    <message>
        <source>Quick replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>New reply: give it a code, a title and its text, then Save.</source>
        <translation>新回复：填写代码、标题和内容，然后点击“保存”。</translation>
    </message>
    <message>
        <source>e.g. delay</source>
        <translation>例如：delay</translation>
    </message>
    <message>
        <source>Hello {buyer_name|friend}, your order {order_number}…</source>
        <translation>{buyer_name|朋友}您好，您的订单 {order_number}……</translation>
    </message>
    <message>
        <source>Placeholders: %1; a fallback after a bar: {buyer_name|friend}</source>
        <translation>占位符：%1；竖线后可写备用内容：{buyer_name|朋友}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Write this version by hand (the translator&apos;s is where it starts)</source>
        <translation>手动编写此版本（以翻译器的版本为起点）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>新建回复</translation>
    </message>
    <message>
        <source>“%1” was removed meanwhile: Save makes it again with what you typed.</source>
        <translation>“%1”已在别处被移除：点击“保存”会用您输入的内容重新创建它。</translation>
    </message>
    <message>
        <source>There is a quick reply “%1” already: choose another code, or pick it in the list to change it.</source>
        <translation>已有快捷回复“%1”：请换一个代码，或在列表中选中它进行修改。</translation>
    </message>
    <message>
        <source>Save the changes to the quick reply “%1”?</source>
        <translation>保存对快捷回复“%1”的修改吗？</translation>
    </message>
    <message>
        <source>Save the new quick reply?</source>
        <translation>保存这条新的快捷回复吗？</translation>
    </message>
    <message>
        <source>If you discard them, what you typed is lost.</source>
        <translation type="vanished">如果放弃，您输入的内容将会丢失。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="vanished">放弃</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="vanished">添加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>A reply&apos;s code cannot be changed: make a new reply and remove this one.</source>
        <translation>回复的代码不能修改：请新建一条回复，再移除这一条。</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, - and _, up to 32.</source>
        <translation>小写字母、数字、- 和 _，最多 32 个字符。</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>check: the source changed</source>
        <translation>请检查：原文已更改</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>QuickReplyPicker</name>
    <message>
        <source>Quick reply in %1.</source>
        <translation>快捷回复（%1）。</translation>
    </message>
    <message>
        <source>Original (%1): %2</source>
        <translation>原文（%1）：%2</translation>
    </message>
    <message>
        <source>This quick reply needs {%1}, which this conversation does not have (no fallback): nothing was inserted. Give it a fallback in Desk › Quick replies, or write it yourself.</source>
        <translation>此快捷回复需要 {%1}，而此会话中没有（也没有备用值）：未插入任何内容。请在“工作台 › 快捷回复”中为它设置备用值，或自己输入。</translation>
    </message>
</context>
<context>
    <name>QuickReplyPopup</name>
    <message>
        <source>Quick replies (type / in the message box)</source>
        <translation>快捷回复（在消息框中输入 /）</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>显示原文</translation>
    </message>
    <message>
        <source>The reply as your store wrote it</source>
        <translation>您店铺撰写的原始回复</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter insert · Esc close</source>
        <translation>↑↓ 选择 · Enter 插入 · Esc 关闭</translation>
    </message>
    <message>
        <source>Original (%1): %2</source>
        <translation>原文（%1）：%2</translation>
    </message>
</context>
<context>
    <name>ReplyCheck</name>
    <message>
        <source>%1 replied meanwhile</source>
        <translation>%1 在此期间已回复</translation>
    </message>
    <message>
        <source>%1 replied meanwhile — send anyway?</source>
        <translation>%1 在此期间已回复——仍要发送吗？</translation>
    </message>
    <message>
        <source>New message arrived</source>
        <translation>收到新消息</translation>
    </message>
    <message>
        <source>New message arrived — send anyway?</source>
        <translation>收到新消息——仍要发送吗？</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 条</translation>
    </message>
</context>
<context>
    <name>ReplyVersionDialog</name>
    <message>
        <source>“%1” in %2</source>
        <translation>“%1”的%2版本</translation>
    </message>
    <message>
        <source>Source (%1): %2</source>
        <translation>原文（%1）：%2</translation>
    </message>
    <message>
        <source>Written by hand, this version is kept when the source changes (and marked “check” so you can look at it again).</source>
        <translation>手动编写的版本在原文更改时会保留（并标记为“请检查”，提醒您再看一遍）。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard the changes to this version?</source>
        <translation>放弃对此版本的修改吗？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="vanished">放弃</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation type="vanished">继续填写</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search messages (Ctrl+F)</source>
        <translation type="vanished">搜索消息（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search messages (%1)</source>
        <translation>搜索消息（%1）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Automatic (now %1)</source>
        <translation>自动（当前为%1）</translation>
    </message>
    <message>
        <source>As in my profile (%1)</source>
        <translation>与我的资料相同（%1）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Translate incoming messages</source>
        <translation>翻译收到的消息</translation>
    </message>
    <message>
        <source>Show each message in my language; the original stays one click away.</source>
        <translation>用我的语言显示每条消息；点击一下即可查看原文。</translation>
    </message>
    <message>
        <source>Send a translation with my messages</source>
        <translation>发送消息时附带译文</translation>
    </message>
    <message>
        <source>Add a translation into the other person&apos;s language when a language pack for it is installed.</source>
        <translation>安装了相应语言包时，附带对方语言的译文。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Menus, buttons and notices. A change applies the next time Buzón starts.</source>
        <translation>菜单、按钮和提示。更改将在下次启动 Buzón 时生效。</translation>
    </message>
    <message>
        <source>Messages from others are translated into this language. A change applies at once.</source>
        <translation>他人的消息将被翻译成此语言。更改立即生效。</translation>
    </message>
    <message>
        <source>Window language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>My language:</source>
        <translation>我的语言：</translation>
    </message>
    <message>
        <source>An internal error stopped saving the settings.</source>
        <translation>内部错误导致设置未能保存。</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <source>Ship the item back</source>
        <translation>寄回商品</translation>
    </message>
    <message>
        <source>The store asked for the item of order %1 back. Ship it within 10 days and give the tracking number.</source>
        <translation type="vanished">店铺要求退回订单 %1 的商品。请在 10 天内寄出并填写运单号。</translation>
    </message>
    <message>
        <source>Item shipped</source>
        <translation>商品已寄出</translation>
    </message>
    <message>
        <source>The store asked for the item of order %1 back. Ship it by %2 to the address below and give the tracking number.</source>
        <translation>店铺要求退回订单 %1 的商品。请在 %2 之前寄到下方地址，并填写运单号。</translation>
    </message>
    <message>
        <source>The store asked for the item of order %1 back. Ship it to the address below and give the tracking number.</source>
        <translation>店铺要求退回订单 %1 的商品。请寄到下方地址，并填写运单号。</translation>
    </message>
    <message>
        <source>Mark as shipped</source>
        <translation>标记为已发货</translation>
    </message>
    <message>
        <source>Order %1 leaves with this carrier; the buyer follows it with the tracking number.</source>
        <translation>订单 %1 由该物流公司承运；买家可凭运单号跟踪。</translation>
    </message>
    <message>
        <source>Send it to:</source>
        <translation>寄往：</translation>
    </message>
    <message>
        <source>The store gave no return address: ask the seller for it in the chat.</source>
        <translation>店铺没有提供退货地址：请在聊天中向卖家索取。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <source>Response times</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Open Store settings</source>
        <translation>打开店铺设置</translation>
    </message>
    <message>
        <source>The store&apos;s response target</source>
        <translation>店铺的目标回复时间</translation>
    </message>
    <message>
        <source>Answered within the target, last %1 days</source>
        <translation>最近 %1 天在目标时间内答复的比例</translation>
    </message>
    <message>
        <source>Median first response (30 days)</source>
        <translation>首次响应时间中位数（30 天）</translation>
    </message>
    <message>
        <source>Awaiting a reply now</source>
        <translation>当前待回复</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>当前已超时</translation>
    </message>
    <message>
        <source>no figures yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>StoreSettingsDialog</name>
    <message>
        <source>Store settings</source>
        <translation>店铺设置</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>A buyer waiting longer than this for an answer makes the conversation overdue.</source>
        <translation>买家等待回复超过这个时间，对话即为逾期。</translation>
    </message>
    <message>
        <source>Type part of a city&apos;s name (Madrid, Shanghai…) and pick it from the list</source>
        <translation>输入城市名称的一部分（Madrid、Shanghai…），然后从列表中选择</translation>
    </message>
    <message>
        <source>Name
Street and number
Postal code and city
Country</source>
        <translation>姓名
街道和门牌号
邮编和城市
国家</translation>
    </message>
    <message>
        <source>Where buyers send an item back when you ask for it in a dispute. Without one you cannot ask for an item back.</source>
        <translation>在纠纷中请买家退货时，买家把商品寄到这里。没有退货地址就不能请买家退货。</translation>
    </message>
    <message>
        <source>Response target:</source>
        <translation>响应目标：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Away reply:</source>
        <translation>离开时回复：</translation>
    </message>
    <message>
        <source>Return address:</source>
        <translation>退货地址：</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>As 09:00-18:00; empty: closed all day</source>
        <translation>格式如 09:00-18:00；留空：全天休息</translation>
    </message>
    <message>
        <source>In the store&apos;s time zone. With no day set, the store is always open and the away reply is never sent.</source>
        <translation>按店铺所在时区。若一天都未设置，店铺视为始终营业，离开时回复永不发送。</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>None (no auto-reply)</source>
        <translation>无（不自动回复）</translation>
    </message>
    <message>
        <source>%1 (no longer a quick reply)</source>
        <translation>%1（已不是快捷回复）</translation>
    </message>
    <message>
        <source>The response target is at least 1 minute and at most %1 hours.</source>
        <translation>响应目标最少 1 分钟，最多 %1 小时。</translation>
    </message>
    <message>
        <source>“%1” is not a time zone: choose one from the list.</source>
        <translation>“%1”不是时区：请从列表中选择。</translation>
    </message>
    <message>
        <source>Choose the store&apos;s time zone from the list.</source>
        <translation>请从列表中选择店铺的时区。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a span of office hours: write it as 09:00-18:00, or leave it empty for closed.</source>
        <translation>%1：“%2”不是有效的营业时间：请写成 09:00-18:00，休息则留空。</translation>
    </message>
    <message>
        <source>The away reply “%1” is no longer one of the store&apos;s quick replies: choose another.</source>
        <translation>离开时回复“%1”已不再是店铺的快捷回复：请另选一个。</translation>
    </message>
    <message>
        <source>Now %1 there (%2)</source>
        <translation>当地现在 %1（%2）</translation>
    </message>
    <message>
        <source>Not sent until office hours are set: without them the store is always open.</source>
        <translation>设置营业时间之前不会发送：没有营业时间，店铺视为始终营业。</translation>
    </message>
    <message>
        <source>Sent once a day to a buyer who writes outside office hours, in their language.</source>
        <translation>买家在营业时间外来信时，每天以其语言发送一次。</translation>
    </message>
    <message>
        <source>Save the changes to the store&apos;s settings?</source>
        <translation>保存对店铺设置的更改吗？</translation>
    </message>
</context>
<context>
    <name>TeamChat</name>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Write an internal note for the team (%1)</source>
        <translation>为团队写一条内部备注（%1）</translation>
    </message>
    <message>
        <source>Write an internal note for the team (Ctrl+Shift+N)</source>
        <translation type="vanished">为团队写一条内部备注（Ctrl+Shift+N）</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <source>Take</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>分配给……</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>取消分配</translation>
    </message>
</context>
<context>
    <name>TrackingTimeline</name>
    <message>
        <source>Original: %1</source>
        <translation>原文：%1</translation>
    </message>
    <message>
        <source>Ask the seller about this</source>
        <translation>就此询问卖家</translation>
    </message>
    <message>
        <source>No tracking information yet</source>
        <translation>暂无物流信息</translation>
    </message>
</context>
<context>
    <name>TrackingWords</name>
    <message>
        <source>Parcel accepted by the carrier</source>
        <translation>承运商已揽收包裹</translation>
    </message>
    <message>
        <source>Shipment information received</source>
        <translation>已收到发货信息</translation>
    </message>
    <message>
        <source>Order shipped: the seller handed the parcel to the carrier</source>
        <translation>订单已发货：卖家已将包裹交给承运商</translation>
    </message>
    <message>
        <source>The carrier has not scanned the parcel yet</source>
        <translation>承运商尚未扫描包裹</translation>
    </message>
    <message>
        <source>Departed from the sorting centre</source>
        <translation>已离开分拣中心</translation>
    </message>
    <message>
        <source>Departed to the destination country</source>
        <translation>已发往目的国</translation>
    </message>
    <message>
        <source>Arrived in the destination country</source>
        <translation>已到达目的国</translation>
    </message>
    <message>
        <source>Delivery attempt failed: address not found</source>
        <translation>派送失败：找不到地址</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>已退回寄件人</translation>
    </message>
    <message>
        <source>Customs clearance delayed: the parcel is waiting for inspection</source>
        <translation>清关延误：包裹正在等待查验</translation>
    </message>
    <message>
        <source>Delayed in transit: held by customs</source>
        <translation>运输延误：被海关扣留</translation>
    </message>
    <message>
        <source>Delayed: not enough room on the flight, the parcel leaves on the next one</source>
        <translation>延误：航班舱位不足，包裹将搭乘下一班航班</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Delivered: left with the building&apos;s porter</source>
        <translation>已签收：交由大楼门卫代收</translation>
    </message>
    <message>
        <source>Delivered to the front door</source>
        <translation>已送达门口</translation>
    </message>
    <message>
        <source>Handed over to %1</source>
        <translation>已转交%1</translation>
    </message>
    <message>
        <source>Shipped with %1, tracking number %2</source>
        <translation>已由%1发货，运单号%2</translation>
    </message>
    <message>
        <source>“%1” (the carrier&apos;s words, translated from %2)</source>
        <translation>“%1”（承运商原文，译自%2）</translation>
    </message>
    <message>
        <source>“%1” (the carrier&apos;s words)</source>
        <translation>“%1”（承运商原文）</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>%n unread</source>
        <translation>%n 条未读</translation>
    </message>
    <message>
        <source>%n overdue</source>
        <translation>%n 条已超时</translation>
    </message>
    <message>
        <source>Open Buzón</source>
        <translation>打开 Buzón</translation>
    </message>
    <message>
        <source>Overdue conversations (%1)</source>
        <translation>已超时的会话（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Buzón: %n unread</source>
        <translation type="vanished">
            <numerusform>Buzón：%n 条未读</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Message deleted for you.</source>
        <translation>消息已为您删除。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>WaitLabel</name>
    <message>
        <source>Waiting %1 · overdue by %2</source>
        <translation>已等待 %1 · 已超时 %2</translation>
    </message>
    <message>
        <source>Waiting %1 · %2 left</source>
        <translation>已等待 %1 · 剩余 %2</translation>
    </message>
</context>
<context>
    <name>WelcomeStrip</name>
    <message>
        <source>Welcome to Buzón. Ask a store anything from a product or an order with “Contact seller”: it reads you in its own language.</source>
        <translation>欢迎使用 Buzón。在商品或订单上点击“联系卖家”即可向店铺提问：店铺会以自己的语言读到您的消息。</translation>
    </message>
    <message>
        <source>Keep every deal and payment in the chat: that is what buyer protection covers.</source>
        <translation>请把每一笔交易和付款都留在聊天中：这正是买家保障所涵盖的范围。</translation>
    </message>
    <message>
        <source>Stores are many hours ahead: give them a working day to answer.</source>
        <translation>店铺所在地与您有较大时差：请给他们一个工作日的时间来回复。</translation>
    </message>
    <message>
        <source>Talking with sellers</source>
        <translation>与卖家沟通</translation>
    </message>
    <message>
        <source>Welcome to Buzón. Every buyer&apos;s message to your store arrives in the Message Centre, translated into your language.</source>
        <translation>欢迎使用 Buzón。买家发给您店铺的每条消息都会出现在消息中心，并翻译成您的语言。</translation>
    </message>
    <message>
        <source>Answer in your language: the buyer reads it in theirs.</source>
        <translation>用您的语言回复即可：买家会以他们的语言读到。</translation>
    </message>
    <message>
        <source>Contact details and payment outside the marketplace are stopped before they leave.</source>
        <translation>联系方式和平台外付款信息会在发出前被拦截。</translation>
    </message>
    <message>
        <source>Talking with buyers</source>
        <translation>与买家沟通</translation>
    </message>
    <message>
        <source>Close: this welcome will not come back</source>
        <translation>关闭：此欢迎信息不会再出现</translation>
    </message>
</context>
</TS>
