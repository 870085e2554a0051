<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>AttachmentItem</name>
    <message>
        <location filename="../../desktop/gui/views/attachment_strip.py" line="157" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/attachment_strip.py" line="158" />
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../../desktop/gui/views/attachment_strip.py" line="49" />
        <source>This file is neither a picture nor a video. Add photos (JPEG, PNG, GIF, WebP, BMP) or videos (MP4, MOV, WebM, MKV, AVI...).</source>
        <translation>Este archivo no es ni una imagen ni un vídeo. Añade fotos (JPEG, PNG, GIF, WebP, BMP) o vídeos (MP4, MOV, WebM, MKV, AVI...).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/attachment_strip.py" line="52" />
        <source>At most %n files can be attached at once.</source>
        <translation>Solo se pueden adjuntar %n archivos a la vez.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/attachment_strip.py" line="54" />
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/attachment_strip.py" line="55" />
        <source>The file cannot be read. It may have been moved, or you may not have permission to open it.</source>
        <translation>No se puede leer el archivo. Puede que se haya movido o que no tengas permiso para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/attachment_strip.py" line="57" />
        <source>This file is not a picture. Send a JPEG, PNG, GIF, WebP or BMP image.</source>
        <translation>Este archivo no es una imagen. Envía una imagen JPEG, PNG, GIF, WebP o BMP.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/attachment_strip.py" line="59" />
        <source>This kind of picture is not supported. Send a JPEG, PNG, GIF, WebP or BMP image.</source>
        <translation>Este tipo de imagen no es compatible. Envía una imagen JPEG, PNG, GIF, WebP o BMP.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/attachment_strip.py" line="61" />
        <source>Videos cannot be sent in the chat. A video can only be sent with a dispute: open a dispute on the delivered order and add the video there as evidence.</source>
        <translation>Los vídeos no se pueden enviar en el chat. Un vídeo solo se puede enviar con una disputa: abre una disputa en el pedido entregado y añade el vídeo como prueba.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/attachment_strip.py" line="64" />
        <source>The file is too large. Choose a smaller file.</source>
        <translation>El archivo es demasiado grande. Elige uno más pequeño.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/attachment_strip.py" line="65" />
        <source>The picture has too many pixels. Resize it, or take a screenshot of the part that matters.</source>
        <translation>La imagen tiene demasiados píxeles. Reduce su tamaño o haz una captura de la parte que importa.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/attachment_strip.py" line="67" />
        <source>The picture claims a size far beyond the limit and was not opened.</source>
        <translation>La imagen declara un tamaño muy superior al límite y no se ha abierto.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/attachment_strip.py" line="69" />
        <source>The file is damaged or incomplete and cannot be read.</source>
        <translation>El archivo está dañado o incompleto y no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/attachment_strip.py" line="71" />
        <source>This file cannot be attached.</source>
        <translation>Este archivo no se puede adjuntar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/attachment_strip.py" line="205" />
        <source>Original size</source>
        <translation>Tamaño original</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/attachment_strip.py" line="206" />
        <source>Send the pictures at their full resolution instead of reducing them.</source>
        <translation>Enviar las imágenes a su resolución completa en lugar de reducirlas.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/attachment_strip.py" line="228" />
        <source>Pictures and videos</source>
        <translation>Imágenes y vídeos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/attachment_strip.py" line="228" />
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/attachment_strip.py" line="229" />
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../desktop/gui/views/chat.py" line="206" />
        <source>Wait a moment: the pictures are still being checked.</source>
        <translation>Espera un momento: aún se están comprobando las imágenes.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/chat.py" line="253" />
        <source>Internal error: %1</source>
        <translation>Error interno: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/chat.py" line="271" />
        <source>This message would not be sent: %1 breaks the marketplace rules against contact off the platform.</source>
        <translation>Este mensaje no se enviaría: %1 incumple las normas de la plataforma contra el contacto fuera de ella.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/chat.py" line="318" />
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/chat.py" line="320" />
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/chat.py" line="322" />
        <source>Delete for me</source>
        <translation>Eliminar para mí</translation>
    </message>
</context>
<context>
    <name>ComposeBox</name>
    <message>
        <location filename="../../desktop/gui/views/compose.py" line="60" />
        <source>Write a message… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Escribe un mensaje… (Intro envía, Mayús+Intro para una línea nueva)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/compose.py" line="68" />
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/compose.py" line="75" />
        <source>Attach pictures (or drop or paste them here)</source>
        <translation>Adjuntar imágenes (o arrástralas o pégalas aquí)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/views/compose.py" line="127" />
        <source>The message is over the limit of %n characters.</source>
        <translation>
            <numerusform>El mensaje supera el límite de %n carácter.</numerusform>
            <numerusform>El mensaje supera el límite de %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../desktop/gui/models/conversations.py" line="29" />
        <source>[Product]</source>
        <translation>[Producto]</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/conversations.py" line="30" />
        <source>[Order]</source>
        <translation>[Pedido]</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/conversations.py" line="31" />
        <source>[Image]</source>
        <translation>[Imagen]</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/conversations.py" line="34" />
        <source>You: </source>
        <translation>Tú: </translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../desktop/gui/views/dispute_dialog.py" line="34" />
        <source>I did not receive the order</source>
        <translation>No he recibido el pedido</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/dispute_dialog.py" line="35" />
        <source>The item is not as described</source>
        <translation>El artículo no es como se describía</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/dispute_dialog.py" line="36" />
        <source>The item arrived damaged</source>
        <translation>El artículo llegó dañado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/dispute_dialog.py" line="37" />
        <source>I received the wrong item</source>
        <translation>He recibido un artículo equivocado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/dispute_dialog.py" line="38" />
        <source>The item is counterfeit</source>
        <translation>El artículo es una falsificación</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/dispute_dialog.py" line="39" />
        <source>Parts or items are missing</source>
        <translation>Faltan piezas o artículos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/dispute_dialog.py" line="40" />
        <source>Another problem</source>
        <translation>Otro problema</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/dispute_dialog.py" line="82" />
        <source>Open a dispute</source>
        <translation>Abrir una disputa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/dispute_dialog.py" line="85" />
        <source>Order %1 was delivered. Tell the seller and the marketplace what went wrong; photos and videos of the problem help decide the dispute.</source>
        <translation>El pedido %1 se entregó. Cuenta al vendedor y a la plataforma qué ha fallado; las fotos y vídeos del problema ayudan a resolver la disputa.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/dispute_dialog.py" line="93" />
        <source>Describe the problem: what you expected, what arrived, what you would like (refund, replacement)…</source>
        <translation>Describe el problema: qué esperabas, qué llegó, qué te gustaría (reembolso, sustitución)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/dispute_dialog.py" line="101" />
        <source>No evidence yet. Add photos or a video with the button, or drop them here.</source>
        <translation>Aún no hay pruebas. Añade fotos o un vídeo con el botón, o arrástralos aquí.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/dispute_dialog.py" line="103" />
        <source>+ Add photos or videos…</source>
        <translation>+ Añadir fotos o vídeos…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/dispute_dialog.py" line="117" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/dispute_dialog.py" line="119" />
        <location filename="../../desktop/gui/views/dispute_dialog.py" line="189" />
        <source>Submit dispute</source>
        <translation>Enviar disputa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/dispute_dialog.py" line="125" />
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/dispute_dialog.py" line="126" />
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/dispute_dialog.py" line="135" />
        <source>Evidence:</source>
        <translation>Pruebas:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/dispute_dialog.py" line="189" />
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/dispute_dialog.py" line="225" />
        <source>An internal error stopped the dispute. Your text and files are still here.</source>
        <translation>Un error interno ha detenido la disputa. Tu texto y tus archivos siguen aquí.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../desktop/gui/format.py" line="47" />
        <source>Awaiting payment</source>
        <translation>Pendiente de pago</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/format.py" line="48" />
        <source>Awaiting shipment</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/format.py" line="49" />
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/format.py" line="50" />
        <location filename="../../desktop/gui/format.py" line="64" />
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/format.py" line="51" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/format.py" line="52" />
        <source>In dispute</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/format.py" line="59" />
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/format.py" line="60" />
        <source>No tracking information yet</source>
        <translation>Aún no hay información de seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/format.py" line="61" />
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/format.py" line="62" />
        <source>Delayed</source>
        <translation>Retrasado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/format.py" line="63" />
        <source>Returned to sender</source>
        <translation>Devuelto al remitente</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/format.py" line="71" />
        <source>No reviews yet</source>
        <translation>Aún no hay valoraciones</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/format.py" line="72" />
        <source>★ %1 (%2 reviews)</source>
        <translation>★ %1 (%2 valoraciones)</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../desktop/gui/views/image_viewer.py" line="113" />
        <source>Zoom out (-)</source>
        <translation>Alejar (-)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/image_viewer.py" line="117" />
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/image_viewer.py" line="118" />
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/image_viewer.py" line="118" />
        <source>Fit the picture to the window</source>
        <translation>Ajustar la imagen a la ventana</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/image_viewer.py" line="119" />
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/image_viewer.py" line="119" />
        <source>Show the picture at its actual size (0)</source>
        <translation>Mostrar la imagen a su tamaño real (0)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/image_viewer.py" line="120" />
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/image_viewer.py" line="122" />
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/image_viewer.py" line="159" />
        <source>This picture cannot be shown.</source>
        <translation>Esta imagen no se puede mostrar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/image_viewer.py" line="235" />
        <source>Save picture as</source>
        <translation>Guardar imagen como</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/image_viewer.py" line="249" />
        <source>Saved to %1</source>
        <translation>Guardada en %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/image_viewer.py" line="260" />
        <source>The picture could not be saved: %1</source>
        <translation>No se ha podido guardar la imagen: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/views/main_window.py" line="48" />
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/main_window.py" line="48" />
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/main_window.py" line="48" />
        <location filename="../../desktop/gui/views/main_window.py" line="136" />
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/main_window.py" line="89" />
        <source>Buzón cannot open its database</source>
        <translation>Buzón no puede abrir su base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/main_window.py" line="147" />
        <source>Buzón</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/main_window.py" line="149" />
        <source>Internal error</source>
        <translation>Error interno</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/main_window.py" line="150" />
        <source>Something went wrong inside Buzón: %1</source>
        <translation>Algo ha fallado dentro de Buzón: %1</translation>
    </message>
</context>
<context>
    <name>MessageCentre</name>
    <message>
        <location filename="../../desktop/gui/views/message_centre.py" line="44" />
        <source>Choose a conversation on the left, or press “Contact seller” on a product or an order.</source>
        <translation>Elige una conversación a la izquierda, o pulsa «Contactar con el vendedor» en un producto o un pedido.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/message_centre.py" line="105" />
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/message_centre.py" line="108" />
        <source>Mark as unread</source>
        <translation>Marcar como no leído</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/message_centre.py" line="110" />
        <source>Delete for me…</source>
        <translation>Eliminar para mí…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/message_centre.py" line="115" />
        <source>Delete conversation</source>
        <translation>Eliminar conversación</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/message_centre.py" line="116" />
        <source>Delete this conversation for you? The other side keeps its copy. If they write again, the conversation comes back with the new messages only.</source>
        <translation>¿Eliminar esta conversación para ti? La otra parte conserva su copia. Si vuelve a escribir, la conversación reaparecerá solo con los mensajes nuevos.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../../desktop/gui/views/bubbles.py" line="30" />
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/bubbles.py" line="30" />
        <source>Unread</source>
        <translation>No leído</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/bubbles.py" line="30" />
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/bubbles.py" line="31" />
        <source>Not sent. Click to retry</source>
        <translation>No enviado. Haz clic para reintentar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/bubbles.py" line="197" />
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop/gui/views/tray.py" line="61" />
        <source>[Image]</source>
        <translation>[Imagen]</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/tray.py" line="61" />
        <source>[Product]</source>
        <translation>[Producto]</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/tray.py" line="62" />
        <source>[Order]</source>
        <translation>[Pedido]</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <location filename="../../desktop/gui/views/orders.py" line="32" />
        <source>← Back to orders</source>
        <translation>← Volver a pedidos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/orders.py" line="46" />
        <source>Contact seller</source>
        <translation>Contactar con el vendedor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/orders.py" line="49" />
        <source>Open dispute</source>
        <translation>Abrir disputa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/orders.py" line="50" />
        <source>Not received, damaged or not as described? Open a dispute with pictures or a video as evidence.</source>
        <translation>¿No ha llegado, está dañado o no es como se describía? Abre una disputa con fotos o un vídeo como prueba.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/orders.py" line="53" />
        <source>Tracking</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/orders.py" line="81" />
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/orders.py" line="88" />
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../desktop/gui/models/orders.py" line="29" />
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/orders.py" line="29" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/orders.py" line="30" />
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/orders.py" line="30" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/orders.py" line="31" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/orders.py" line="31" />
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../desktop/gui/views/orders.py" line="131" />
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/orders.py" line="134" />
        <source>All orders</source>
        <translation>Todos los pedidos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/orders.py" line="141" />
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/orders.py" line="157" />
        <source>Contact seller</source>
        <translation>Contactar con el vendedor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/orders.py" line="159" />
        <source>Open order</source>
        <translation>Abrir pedido</translation>
    </message>
</context>
<context>
    <name>PolicyWarning</name>
    <message>
        <location filename="../../desktop/gui/views/policy_warning.py" line="12" />
        <source>Contact through other messaging apps (WhatsApp, Telegram, WeChat…) is not allowed.</source>
        <translation>No está permitido el contacto por otras aplicaciones de mensajería (WhatsApp, Telegram, WeChat…).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/policy_warning.py" line="13" />
        <source>E-mail addresses are not allowed.</source>
        <translation>No están permitidas las direcciones de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/policy_warning.py" line="14" />
        <source>Phone numbers are not allowed.</source>
        <translation>No están permitidos los números de teléfono.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/policy_warning.py" line="15" />
        <source>Links to other websites are not allowed.</source>
        <translation>No están permitidos los enlaces a otros sitios web.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/policy_warning.py" line="16" />
        <source>Payment outside the marketplace is not allowed.</source>
        <translation>No está permitido pagar fuera de la plataforma.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/policy_warning.py" line="22" />
        <source>Attention: there was an error sending the message. Make sure you comply with the local regulation policies.</source>
        <translation>Atención: ha habido un error al enviar el mensaje. Asegúrate de que cumples con las políticas de regulación local</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/policy_warning.py" line="34" />
        <source>Message not sent</source>
        <translation>Mensaje no enviado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/policy_warning.py" line="36" />
        <source>Your text is still in the box: edit it and send again.</source>
        <translation>Tu texto sigue en el cuadro: edítalo y vuelve a enviarlo.</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <location filename="../../desktop/gui/views/products.py" line="30" />
        <source>← Back to products</source>
        <translation>← Volver a productos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/products.py" line="44" />
        <source>No reviews yet: ask the seller for real photos before you buy.</source>
        <translation>Aún no hay valoraciones: pide al vendedor fotos reales antes de comprar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/products.py" line="51" />
        <source>Contact seller</source>
        <translation>Contactar con el vendedor</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/views/products.py" line="82" />
        <source>%n sold</source>
        <translation>
            <numerusform>%n vendido</numerusform>
            <numerusform>%n vendidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/products.py" line="84" />
        <source>Sold by %1</source>
        <translation>Vendido por %1</translation>
    </message>
</context>
<context>
    <name>ProductsView</name>
    <message>
        <location filename="../../desktop/gui/views/products.py" line="113" />
        <source>All stores</source>
        <translation>Todas las tiendas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/products.py" line="115" />
        <source>Products</source>
        <translation>Productos</translation>
    </message>
</context>
<context>
    <name>TrackingTimeline</name>
    <message>
        <location filename="../../desktop/gui/views/timeline.py" line="46" />
        <source>No tracking information yet</source>
        <translation>Aún no hay información de seguimiento</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/gui/views/tray.py" line="80" />
        <source>Open Buzón</source>
        <translation>Abrir Buzón</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/views/tray.py" line="90" />
        <source>Buzón: %n unread</source>
        <translation>
            <numerusform>Buzón: %n sin leer</numerusform><numerusform>Buzón: %n sin leer</numerusform></translation>
    </message>
</context>
</TS>