<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Advice</name>
    <message>
        <source>Deals made or paid outside this chat are not covered by buyer protection, and cannot be used in a dispute.</source>
        <translation>Los acuerdos o pagos hechos fuera de este chat no están cubiertos por la protección al comprador y no sirven en una disputa.</translation>
    </message>
    <message>
        <source>What is said outside this chat cannot be used as evidence in a dispute: keep the conversation here.</source>
        <translation>Lo que se dice fuera de este chat no sirve como prueba en una disputa: mantén la conversación aquí.</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>It is %1 in %2, outside the store&apos;s usual hours.</source>
        <translation>Son las %1 en %2, fuera del horario habitual de la tienda.</translation>
    </message>
    <message>
        <source>This store usually answers within about %1.</source>
        <translation>Esta tienda suele responder en unas %1.</translation>
    </message>
    <message>
        <source>It opens in about %1.</source>
        <translation>Abre dentro de unas %1.</translation>
    </message>
    <message>
        <source>Your last message to the store is less than a working day old. Stores often solve a problem in a message: consider waiting for an answer until %1 before opening a dispute.</source>
        <translation>Tu último mensaje a la tienda tiene menos de un día laborable. Las tiendas suelen resolver un problema con un mensaje: plantéate esperar una respuesta hasta el %1 antes de abrir una disputa.</translation>
    </message>
    <message>
        <source>Tip: short sentences translate better.</source>
        <translation>Consejo: las frases cortas se traducen mejor.</translation>
    </message>
    <message>
        <source>Tip: one question per message gets a clearer answer.</source>
        <translation>Consejo: una pregunta por mensaje consigue una respuesta más clara.</translation>
    </message>
    <message>
        <source>Tip: write numbers as digits (2, not two).</source>
        <translation>Consejo: escribe los números con cifras (2, no dos).</translation>
    </message>
    <message>
        <source>Tip: give sizes with their units (170 cm, 65 kg, EU 42).</source>
        <translation>Consejo: da las medidas con sus unidades (170 cm, 65 kg, EU 42).</translation>
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
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>This file is neither a picture nor a video. Add photos (JPEG, PNG, GIF, WebP, BMP) or videos (MP4, MOV, WebM, MKV, AVI...).</source>
        <translation>Este archivo no es ni una imagen ni un vídeo. Añade fotos (JPEG, PNG, GIF, WebP, BMP) o vídeos (MP4, MOV, WebM, MKV, AVI...).</translation>
    </message>
    <message>
        <source>At most %n files can be attached at once.</source>
        <translation>Solo se pueden adjuntar %n archivos a la vez.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file cannot be read. It may have been moved, or you may not have permission to open it.</source>
        <translation>No se puede leer el archivo. Puede que se haya movido o que no tengas permiso para abrirlo.</translation>
    </message>
    <message>
        <source>This file is not a picture. Send a JPEG, PNG, GIF, WebP or BMP image.</source>
        <translation>Este archivo no es una imagen. Envía una imagen JPEG, PNG, GIF, WebP o BMP.</translation>
    </message>
    <message>
        <source>This kind of picture is not supported. Send a JPEG, PNG, GIF, WebP or BMP image.</source>
        <translation>Este tipo de imagen no es compatible. Envía una imagen JPEG, PNG, GIF, WebP o BMP.</translation>
    </message>
    <message>
        <source>Videos cannot be sent in the chat. A video can only be sent with a dispute: open a dispute on the delivered order and add the video there as evidence.</source>
        <translation>Los vídeos no se pueden enviar en el chat. Un vídeo solo se puede enviar con una disputa: abre una disputa en el pedido entregado y añade el vídeo como prueba.</translation>
    </message>
    <message>
        <source>The file is too large. Choose a smaller file.</source>
        <translation>El archivo es demasiado grande. Elige uno más pequeño.</translation>
    </message>
    <message>
        <source>The picture has too many pixels. Resize it, or take a screenshot of the part that matters.</source>
        <translation>La imagen tiene demasiados píxeles. Reduce su tamaño o haz una captura de la parte que importa.</translation>
    </message>
    <message>
        <source>The picture claims a size far beyond the limit and was not opened.</source>
        <translation>La imagen declara un tamaño muy superior al límite y no se ha abierto.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete and cannot be read.</source>
        <translation>El archivo está dañado o incompleto y no se puede leer.</translation>
    </message>
    <message>
        <source>This file cannot be attached.</source>
        <translation>Este archivo no se puede adjuntar.</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>Tamaño original</translation>
    </message>
    <message>
        <source>Send the pictures at their full resolution instead of reducing them.</source>
        <translation>Enviar las imágenes a su resolución completa en lugar de reducirlas.</translation>
    </message>
    <message>
        <source>Pictures and videos</source>
        <translation>Imágenes y vídeos</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Batch reply</source>
        <translation>Respuesta en lote</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected conversations</source>
        <translation>
            <numerusform>La %n conversación seleccionada</numerusform>
            <numerusform>Las %n conversaciones seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation selected (Ctrl+click or Shift+click rows in the list)</source>
        <translation type="vanished">Ninguna conversación seleccionada (Ctrl+clic o Mayús+clic en las filas de la lista)</translation>
    </message>
    <message>
        <source>No conversation selected (%1+click or %2+click rows in the list)</source>
        <translation>Ninguna conversación seleccionada (%1+clic o %2+clic en las filas de la lista)</translation>
    </message>
    <message>
        <source>Every conversation in “%1”</source>
        <translation>Todas las conversaciones de «%1»</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>Respuesta rápida</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Written once; each buyer reads it in their language. Placeholders such as {buyer_name|there} are filled for each.</source>
        <translation>Se escribe una vez; cada comprador lo lee en su idioma. Los marcadores como {buyer_name|amigo} se rellenan para cada uno.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Enviar:</translation>
    </message>
    <message>
        <source>Discard this message? It has not been sent.</source>
        <translation>¿Descartar este mensaje? No se ha enviado.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="vanished">Descartar</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation type="vanished">Seguir escribiendo</translation>
    </message>
    <message>
        <source>Send this reply to %1 conversations? You can cancel while it runs; sending again later sends only what is missing.</source>
        <translation>¿Enviar esta respuesta a %1 conversaciones? Puedes cancelar mientras se envía; si vuelves a enviarla más tarde, solo se envía lo que falte.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Preview: %1 ready, %2 refused, %3 failed.</source>
        <translation>Vista previa: %1 listos, %2 rechazados, %3 fallidos.</translation>
    </message>
    <message>
        <source>Sent: %1, refused: %2, failed: %3.</source>
        <translation>Enviados: %1; rechazados: %2; fallidos: %3.</translation>
    </message>
    <message>
        <source>Cancelled: %1 not done. Send again to finish; nothing is sent twice.</source>
        <translation>Cancelado: %1 sin hacer. Vuelve a enviar para terminar; nada se envía dos veces.</translation>
    </message>
    <message>
        <source>Sent before (not again): %1</source>
        <translation>Enviado antes (no se repite): %1</translation>
    </message>
</context>
<context>
    <name>BuyerPanel</name>
    <message>
        <source>Earlier problems</source>
        <translation>Problemas anteriores</translation>
    </message>
    <message>
        <source>&amp;Buyer panel</source>
        <translation>Panel del &amp;comprador</translation>
    </message>
    <message>
        <source>&amp;Buyer panel (needs a wider window)</source>
        <translation>Panel del &amp;comprador (necesita una ventana más ancha)</translation>
    </message>
    <message>
        <source>There is no room beside the chat for the buyer panel at this window width; widen the window and it comes back.</source>
        <translation>Con este ancho de ventana no cabe el panel del comprador junto al chat; ensancha la ventana y volverá.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Orders with your store (%1)</source>
        <translation>Pedidos en tu tienda (%1)</translation>
    </message>
    <message>
        <source>Click to open the order.</source>
        <translation>Haz clic para abrir el pedido.</translation>
    </message>
    <message>
        <source>No orders with your store yet.</source>
        <translation>Aún no hay pedidos en tu tienda.</translation>
    </message>
    <message>
        <source>No cancellations or disputes.</source>
        <translation>Sin cancelaciones ni disputas.</translation>
    </message>
    <message>
        <source>writes in %1</source>
        <translation>escribe en %1</translation>
    </message>
    <message>
        <source>%1 there</source>
        <translation>allí son las %1</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>I changed my mind</source>
        <translation>He cambiado de opinión</translation>
    </message>
    <message>
        <source>I chose the wrong item, size or colour</source>
        <translation>Elegí mal el artículo, la talla o el color</translation>
    </message>
    <message>
        <source>I found it cheaper</source>
        <translation>Lo he encontrado más barato</translation>
    </message>
    <message>
        <source>Shipping takes too long</source>
        <translation>El envío tarda demasiado</translation>
    </message>
    <message>
        <source>The shipping address is wrong</source>
        <translation>La dirección de envío es incorrecta</translation>
    </message>
    <message>
        <source>A problem with the payment</source>
        <translation>Un problema con el pago</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <source>It has already shipped</source>
        <translation>Ya se ha enviado</translation>
    </message>
    <message>
        <source>It is already being prepared</source>
        <translation>Ya se está preparando</translation>
    </message>
    <message>
        <source>It is made to order</source>
        <translation>Se fabrica por encargo</translation>
    </message>
</context>
<context>
    <name>CancelRequestDialog</name>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <source>Ask the store to cancel order %1. The store has 48 hours to answer; if it does not, the order is cancelled automatically.</source>
        <translation type="vanished">Pide a la tienda que cancele el pedido %1. La tienda tiene 48 horas para responder; si no lo hace, el pedido se cancela automáticamente.</translation>
    </message>
    <message numerus="yes">
        <source>Ask the store to cancel order %1. The store has %n hour(s) to answer; if it does not, the order is cancelled automatically.</source>
        <translation>
            <numerusform>Pide a la tienda que cancele el pedido %1. La tienda tiene %n hora para responder; si no lo hace, el pedido se cancela automáticamente.</numerusform>
            <numerusform>Pide a la tienda que cancele el pedido %1. La tienda tiene %n horas para responder; si no lo hace, el pedido se cancela automáticamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Enviar solicitud</translation>
    </message>
    <message>
        <source>Anything the store should know (optional)</source>
        <translation>Algo que la tienda deba saber (opcional)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
</context>
<context>
    <name>ChatSearchBar</name>
    <message>
        <source>Search this conversation</source>
        <translation>Buscar en esta conversación</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Show originals</source>
        <translation>Ver originales</translation>
    </message>
    <message>
        <source>Show every message as it was written</source>
        <translation>Ver cada mensaje tal como se escribió</translation>
    </message>
    <message>
        <source>Search this conversation</source>
        <translation>Buscar en esta conversación</translation>
    </message>
    <message>
        <source>Wait a moment: the pictures are still being checked.</source>
        <translation>Espera un momento: aún se están comprobando las imágenes.</translation>
    </message>
    <message>
        <source>Show translations</source>
        <translation>Ver traducciones</translation>
    </message>
    <message>
        <source>%1 · writes in %2 · %3 there</source>
        <translation>%1 · escribe en %2 · allí son las %3</translation>
    </message>
    <message>
        <source>Message deleted for you.</source>
        <translation type="vanished">Mensaje eliminado para ti.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="vanished">Deshacer</translation>
    </message>
    <message>
        <source>No translation to show: translating incoming messages is off (Buzón › Settings).</source>
        <translation>No hay traducción que mostrar: la traducción de los mensajes recibidos está desactivada (Buzón › Ajustes).</translation>
    </message>
    <message>
        <source>No translation to show: install the language pack %1 → %2 (Buzón › Language packs…).</source>
        <translation>No hay traducción que mostrar: instala el paquete de idioma %1 → %2 (Buzón › Paquetes de idioma…).</translation>
    </message>
    <message>
        <source>No translation to show: the messages here are already in your language.</source>
        <translation>No hay traducción que mostrar: los mensajes de aquí ya están en tu idioma.</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Show original / translation</source>
        <translation>Ver original / traducción</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Delete for me</source>
        <translation>Eliminar para mí</translation>
    </message>
</context>
<context>
    <name>ComposeAssistant</name>
    <message>
        <source>Tip: short sentences translate better.</source>
        <translation type="vanished">Consejo: las frases cortas se traducen mejor.</translation>
    </message>
    <message>
        <source>They will read (%1): %2</source>
        <translation>Leerán (%1): %2</translation>
    </message>
    <message>
        <source>This may read as an invitation to talk or pay outside the marketplace. Keep the conversation here: it is what protects you if something goes wrong.</source>
        <translation>Esto puede parecer una invitación a hablar o pagar fuera del marketplace. Mantén la conversación aquí: es lo que te protege si algo sale mal.</translation>
    </message>
    <message>
        <source>This message would not be sent: %1 breaks the marketplace rules against contact off the platform.</source>
        <translation>Este mensaje no se enviaría: %1 incumple las normas de la plataforma contra el contacto fuera de ella.</translation>
    </message>
    <message>
        <source>This message would not be sent: %1 break the marketplace rules against contact off the platform.</source>
        <translation>Este mensaje no se enviaría: %1 incumplen las normas de la plataforma contra el contacto fuera de ella.</translation>
    </message>
    <message>
        <source>Not sent: the translation the other side would read (%1) breaks the marketplace rules. Say it another way.</source>
        <translation>No enviado: la traducción que leería la otra parte (%1) incumple las normas de la plataforma. Dilo de otra manera.</translation>
    </message>
</context>
<context>
    <name>ComposeBox</name>
    <message>
        <source>Write a message… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Escribe un mensaje… (Intro envía, Mayús+Intro para una línea nueva)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Attach pictures (or drop or paste them here)</source>
        <translation>Adjuntar imágenes (o arrástralas o pégalas aquí)</translation>
    </message>
    <message numerus="yes">
        <source>The message is over the limit of %Ln characters.</source>
        <translation>
            <numerusform>El mensaje supera el límite de %Ln carácter.</numerusform>
            <numerusform>El mensaje supera el límite de %Ln caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>vencido %1</translation>
    </message>
    <message>
        <source>→ you</source>
        <translation>→ ti</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Nothing is assigned to you. Take a conversation from Unassigned, or ask a colleague.</source>
        <translation>No tienes nada asignado. Quédate una conversación de Sin asignar o pídesela a un compañero.</translation>
    </message>
    <message>
        <source>Every conversation has someone on the team answering it.</source>
        <translation>Todas las conversaciones tienen a alguien del equipo que las atiende.</translation>
    </message>
    <message>
        <source>No conversation is assigned to anyone on the team yet.</source>
        <translation>Todavía no hay ninguna conversación asignada a nadie del equipo.</translation>
    </message>
    <message>
        <source>No conversation here.</source>
        <translation>No hay ninguna conversación aquí.</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Todavía no hay conversaciones.</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Product: %1</source>
        <translation>Producto: %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>[Cancellation or dispute update]</source>
        <translation>[Novedad de cancelación o disputa]</translation>
    </message>
    <message>
        <source>[Product]</source>
        <translation>[Producto]</translation>
    </message>
    <message>
        <source>[Order]</source>
        <translation>[Pedido]</translation>
    </message>
    <message>
        <source>[Image]</source>
        <translation>[Imagen]</translation>
    </message>
    <message>
        <source>You: </source>
        <translation>Tú: </translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>pedido %1</translation>
    </message>
</context>
<context>
    <name>ConversationShortcuts</name>
    <message>
        <source>&amp;Next conversation</source>
        <translation>Conversación &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>Conversación &amp;anterior</translation>
    </message>
    <message>
        <source>Next &amp;awaiting reply</source>
        <translation>Siguiente &amp;pendiente de respuesta</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Marcar como &amp;no leído</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>&amp;Conversaciones</translation>
    </message>
</context>
<context>
    <name>DaysChart</name>
    <message>
        <source>Last %1 days: grey, buyers who wrote; green, answered within the target</source>
        <translation>Últimos %1 días: en gris, compradores que escribieron; en verde, respondidos dentro del objetivo</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Aún no hay cifras</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Full refund</source>
        <translation>Reembolso completo</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Reembolso parcial</translation>
    </message>
    <message>
        <source>No refund</source>
        <translation>Sin reembolso</translation>
    </message>
    <message>
        <source>Decide the dispute</source>
        <translation>Decidir la disputa</translation>
    </message>
    <message>
        <source>The buyer of order %1 asked for %2 of %3. Both sides read your decision and its note; it closes the dispute.</source>
        <translation>El comprador del pedido %1 pidió %2 de %3. Ambas partes leen tu decisión y su nota; con ella se cierra la disputa.</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Decidir</translation>
    </message>
    <message>
        <source>Why: both sides read this note (required)</source>
        <translation>Por qué: ambas partes leen esta nota (obligatoria)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Refund:</source>
        <translation>Reembolso:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <source>Decline cancellation</source>
        <translation>Rechazar la cancelación</translation>
    </message>
    <message>
        <source>Tell the buyer why order %1 cannot be cancelled.</source>
        <translation>Explica al comprador por qué no se puede cancelar el pedido %1.</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
</context>
<context>
    <name>DeskFilterBar</name>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídas</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>Por responder</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Con problema</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivadas</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignadas</translation>
    </message>
    <message>
        <source>Show the conversations with this label</source>
        <translation>Mostrar las conversaciones con esta etiqueta</translation>
    </message>
    <message>
        <source>Show the conversations assigned to you, to nobody, or to someone</source>
        <translation>Muestra las conversaciones asignadas a ti, a nadie o a alguien</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todo el equipo</translation>
    </message>
</context>
<context>
    <name>DiscardBox</name>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>Seguir escribiendo</translation>
    </message>
    <message>
        <source>If you discard them, your changes are lost.</source>
        <translation>Si los descartas, tus cambios se pierden.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>I did not receive the order</source>
        <translation>No he recibido el pedido</translation>
    </message>
    <message>
        <source>The item is not as described</source>
        <translation>El artículo no es como se describía</translation>
    </message>
    <message>
        <source>The item arrived damaged</source>
        <translation>El artículo llegó dañado</translation>
    </message>
    <message>
        <source>I received the wrong item</source>
        <translation>He recibido un artículo equivocado</translation>
    </message>
    <message>
        <source>The item is counterfeit</source>
        <translation>El artículo es una falsificación</translation>
    </message>
    <message>
        <source>Parts or items are missing</source>
        <translation>Faltan piezas o artículos</translation>
    </message>
    <message>
        <source>Another problem</source>
        <translation>Otro problema</translation>
    </message>
    <message>
        <source>Open a dispute</source>
        <translation>Abrir una disputa</translation>
    </message>
    <message>
        <source>Order %1 was delivered. Tell the seller and the marketplace what went wrong; photos and videos of the problem help decide the dispute.</source>
        <translation>El pedido %1 se entregó. Cuenta al vendedor y a la plataforma qué ha fallado; las fotos y vídeos del problema ayudan a resolver la disputa.</translation>
    </message>
    <message>
        <source>Describe the problem: what you expected, what arrived, what you would like (refund, replacement)…</source>
        <translation>Describe el problema: qué esperabas, qué llegó, qué te gustaría (reembolso, sustitución)…</translation>
    </message>
    <message>
        <source>Full refund (%1)</source>
        <translation>Reembolso completo (%1)</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Reembolso completo</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Reembolso parcial</translation>
    </message>
    <message>
        <source>No evidence yet. Add photos or a video with the button, or drop them here.</source>
        <translation>Aún no hay pruebas. Añade fotos o un vídeo con el botón, o arrástralos aquí.</translation>
    </message>
    <message>
        <source>+ Add photos or videos…</source>
        <translation>+ Añadir fotos o vídeos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Submit dispute</source>
        <translation>Enviar disputa</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Refund asked:</source>
        <translation>Reembolso pedido:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Pruebas:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Discard this dispute? What you wrote and the evidence you added are not kept.</source>
        <translation>¿Descartar esta disputa? No se guardará lo que escribiste ni las pruebas que añadiste.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="vanished">Descartar</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation type="vanished">Seguir escribiendo</translation>
    </message>
    <message>
        <source>An internal error stopped the dispute. Your text and files are still here.</source>
        <translation>Un error interno ha detenido la disputa. Tu texto y tus archivos siguen aquí.</translation>
    </message>
</context>
<context>
    <name>DisputeRespondDialog</name>
    <message>
        <source>Accept the refund asked</source>
        <translation>Aceptar el reembolso pedido</translation>
    </message>
    <message>
        <source>Offer a partial refund</source>
        <translation>Ofrecer un reembolso parcial</translation>
    </message>
    <message>
        <source>Ask for the item back</source>
        <translation>Pedir la devolución del artículo</translation>
    </message>
    <message>
        <source>Reject the dispute</source>
        <translation>Rechazar la disputa</translation>
    </message>
    <message>
        <source>Answer the dispute</source>
        <translation>Responder a la disputa</translation>
    </message>
    <message>
        <source>The buyer of order %1 asks for a refund of %2. Answer before the deadline, or the refund is accepted automatically.</source>
        <translation>El comprador del pedido %1 pide un reembolso de %2. Responde antes del plazo o el reembolso se aceptará automáticamente.</translation>
    </message>
    <message>
        <source>The buyer of order %1 asks for a refund of %2. Answer by %3, or the refund is accepted automatically.</source>
        <translation>El comprador del pedido %1 pide un reembolso de %2. Responde antes del %3; si no, el reembolso se acepta automáticamente.</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>A message to the buyer (required to reject)</source>
        <translation>Un mensaje para el comprador (obligatorio para rechazar)</translation>
    </message>
    <message>
        <source>Your own photos or videos, if you reject.</source>
        <translation>Tus propias fotos o vídeos, si rechazas.</translation>
    </message>
    <message>
        <source>+ Add photos or videos…</source>
        <translation>+ Añadir fotos o vídeos…</translation>
    </message>
    <message>
        <source>To ask for the item back, add your store&apos;s return address first: the buyer must know where to send it.</source>
        <translation>Para pedir la devolución del artículo, añade antes la dirección de devolución de tu tienda: el comprador tiene que saber adónde enviarlo.</translation>
    </message>
    <message>
        <source>Store settings…</source>
        <translation>Ajustes de la tienda…</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Amount offered:</source>
        <translation>Importe ofrecido:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Pruebas:</translation>
    </message>
    <message>
        <source>Your store has no return address yet: add it in Store settings.</source>
        <translation>Tu tienda aún no tiene dirección de devolución: añádela en Ajustes de la tienda.</translation>
    </message>
</context>
<context>
    <name>DisputeSection</name>
    <message>
        <source>Dispute</source>
        <translation type="vanished">Disputa</translation>
    </message>
    <message>
        <source>you</source>
        <translation type="vanished">ti</translation>
    </message>
    <message>
        <source>the buyer</source>
        <translation type="vanished">el comprador</translation>
    </message>
    <message>
        <source>Opened by %1 on %2 · open, waiting for the seller&apos;s answer</source>
        <translation type="vanished">Abierta por %1 el %2 · abierta, a la espera de la respuesta del vendedor</translation>
    </message>
    <message numerus="yes">
        <source>Evidence: %n file(s)</source>
        <translation type="vanished">
            <numerusform>Pruebas: %n archivo</numerusform>
            <numerusform>Pruebas: %n archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot reach {host}: no internet connection, or the server is down.</source>
        <translation>No se puede conectar con {host}: no hay conexión a internet o el servidor no funciona.</translation>
    </message>
    <message>
        <source>Check the network connection, or install a pack from a file.</source>
        <translation>Comprueba la conexión a la red o instala un paquete desde un archivo.</translation>
    </message>
    <message>
        <source>No answer from {host} within {seconds} s.</source>
        <translation>{host} no ha respondido en {seconds} s.</translation>
    </message>
    <message>
        <source>The return address has a control character at character {at}.</source>
        <translation>La dirección de devolución tiene un carácter de control en el carácter {at}.</translation>
    </message>
    <message>
        <source>Write the address as plain lines of text.</source>
        <translation>Escribe la dirección como líneas de texto normal.</translation>
    </message>
    <message>
        <source>The return address has {lines} lines; the limit is {limit}.</source>
        <translation>La dirección de devolución tiene {lines} líneas; el máximo es {limit}.</translation>
    </message>
    <message>
        <source>Keep what goes on a parcel&apos;s label: name, street, city, postal code, country.</source>
        <translation>Deja lo que va en la etiqueta de un paquete: nombre, calle, ciudad, código postal y país.</translation>
    </message>
    <message>
        <source>The return address is {length} characters long; the limit is {limit}.</source>
        <translation>La dirección de devolución tiene {length} caracteres; el máximo es {limit}.</translation>
    </message>
    <message>
        <source>The store of order {order} has no return address: the buyer would not know where to send the item.</source>
        <translation>La tienda del pedido {order} no tiene dirección de devolución: el comprador no sabría adónde enviar el artículo.</translation>
    </message>
    <message>
        <source>Add it in Desk → Store settings…, or accept the refund, offer a partial one or reject the dispute instead.</source>
        <translation>Añádela en Mostrador → Ajustes de la tienda…, o bien acepta el reembolso, ofrece uno parcial o rechaza la disputa.</translation>
    </message>
    <message>
        <source>{host} refused the request ({status}).</source>
        <translation>{host} ha rechazado la petición ({status}).</translation>
    </message>
    <message>
        <source>Try again later, or install a pack from a file.</source>
        <translation>Vuelve a intentarlo más tarde o instala un paquete desde un archivo.</translation>
    </message>
    <message>
        <source>The download from {host} failed.</source>
        <translation>La descarga desde {host} ha fallado.</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>Comprueba la conexión a la red y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The download from {host} stopped for {seconds} s.</source>
        <translation>La descarga desde {host} se ha detenido durante {seconds} s.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Se ha cancelado la descarga.</translation>
    </message>
    <message>
        <source>The database {where} is locked by another program.</source>
        <translation>Otro programa tiene bloqueada la base de datos {where}.</translation>
    </message>
    <message>
        <source>Close the other program using it (or wait for it to finish) and try again.</source>
        <translation>Cierra el otro programa que la usa (o espera a que termine) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The database {where} is read-only.</source>
        <translation>La base de datos {where} es de solo lectura.</translation>
    </message>
    <message>
        <source>Give yourself write permission on the file and its folder, or choose another data folder with --data-dir or BUZON_DATA_DIR.</source>
        <translation>Date permiso de escritura sobre el archivo y su carpeta, o elige otra carpeta de datos con --data-dir o BUZON_DATA_DIR.</translation>
    </message>
    <message>
        <source>The disk holding the database {where} is full; nothing was lost.</source>
        <translation>El disco de la base de datos {where} está lleno; no se ha perdido nada.</translation>
    </message>
    <message>
        <source>Free some space and try again.</source>
        <translation>Libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The file {where} is not a Buzón database or is damaged.</source>
        <translation>El archivo {where} no es una base de datos de Buzón o está dañado.</translation>
    </message>
    <message>
        <source>It was left untouched. Move it away (or restore a backup) and start again.</source>
        <translation>No se ha tocado. Muévelo a otro sitio (o restaura una copia de seguridad) y vuelve a empezar.</translation>
    </message>
    <message>
        <source>The file {where} is not a Buzón database.</source>
        <translation>El archivo {where} no es una base de datos de Buzón.</translation>
    </message>
    <message>
        <source>It was left untouched. Move it away or choose another data folder with --data-dir or BUZON_DATA_DIR.</source>
        <translation>No se ha tocado. Muévelo a otro sitio o elige otra carpeta de datos con --data-dir o BUZON_DATA_DIR.</translation>
    </message>
    <message>
        <source>The database file {where} is empty.</source>
        <translation>El archivo de base de datos {where} está vacío.</translation>
    </message>
    <message>
        <source>Run `buzon demo` to make a demo database in it, or give the path of your Buzón database.</source>
        <translation>Ejecuta `buzon demo` para crear en él una base de datos de demostración, o indica la ruta de tu base de datos de Buzón.</translation>
    </message>
    <message>
        <source>The database {where} cannot be opened.</source>
        <translation>No se puede abrir la base de datos {where}.</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>Comprueba que la carpeta existe y se puede escribir en ella.</translation>
    </message>
    <message>
        <source>The database path {where} is a folder.</source>
        <translation>La ruta de la base de datos {where} es una carpeta.</translation>
    </message>
    <message>
        <source>Give the path of a file.</source>
        <translation>Indica la ruta de un archivo.</translation>
    </message>
    <message>
        <source>The folder of the database {where} does not exist.</source>
        <translation>La carpeta de la base de datos {where} no existe.</translation>
    </message>
    <message>
        <source>Create it, or choose another data folder with --data-dir or BUZON_DATA_DIR.</source>
        <translation>Créala o elige otra carpeta de datos con --data-dir o BUZON_DATA_DIR.</translation>
    </message>
    <message>
        <source>The database {where} could not be read or written (disk I/O error).</source>
        <translation>No se ha podido leer o escribir la base de datos {where} (error de E/S del disco).</translation>
    </message>
    <message>
        <source>“{amount}” is not a number.</source>
        <translation>«{amount}» no es un número.</translation>
    </message>
    <message>
        <source>Write the amount as 12.50.</source>
        <translation>Escribe el importe así: 12.50.</translation>
    </message>
    <message>
        <source>“{amount}” is not a usable amount.</source>
        <translation>«{amount}» no es un importe válido.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete and cannot be read.</source>
        <translation>El archivo está dañado o incompleto y no se puede leer.</translation>
    </message>
    <message>
        <source>The picture claims a size far beyond the limit and was not opened.</source>
        <translation>La imagen declara un tamaño muy superior al límite y no se ha abierto.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>This file is not a picture.</source>
        <translation>Este archivo no es una imagen.</translation>
    </message>
    <message>
        <source>Send a JPEG, PNG, GIF, WebP or BMP image.</source>
        <translation>Envía una imagen JPEG, PNG, GIF, WebP o BMP.</translation>
    </message>
    <message>
        <source>The file is {bytes}, over the limit of {max_bytes}.</source>
        <translation>El archivo ocupa {bytes}, más que el límite de {max_bytes}.</translation>
    </message>
    <message>
        <source>Choose a smaller file.</source>
        <translation>Elige un archivo más pequeño.</translation>
    </message>
    <message>
        <source>The picture is {width}×{height} pixels, over the limit of {limit} megapixels.</source>
        <translation>La imagen mide {width}×{height} píxeles, más que el límite de {limit} megapíxeles.</translation>
    </message>
    <message>
        <source>Resize it, or take a screenshot of the part that matters.</source>
        <translation>Redúcela, o haz una captura de la parte que importa.</translation>
    </message>
    <message>
        <source>The file cannot be read. It may have been moved, or you may not have permission to open it.</source>
        <translation>No se puede leer el archivo. Puede que se haya movido o que no tengas permiso para abrirlo.</translation>
    </message>
    <message>
        <source>The attachment could not be saved in {folder}.</source>
        <translation>No se ha podido guardar el adjunto en {folder}.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that the data folder is writable.</source>
        <translation>Comprueba que el disco no está lleno y que se puede escribir en la carpeta de datos.</translation>
    </message>
    <message>
        <source>This kind of file is not supported.</source>
        <translation>Este tipo de archivo no se admite.</translation>
    </message>
    <message>
        <source>Videos cannot be sent in the chat.</source>
        <translation>No se pueden enviar vídeos en el chat.</translation>
    </message>
    <message>
        <source>A video can only be sent with a dispute: open a dispute on the delivered order and add the video there as evidence.</source>
        <translation>Un vídeo solo se puede enviar con una disputa: abre una disputa sobre el pedido entregado y añade allí el vídeo como prueba.</translation>
    </message>
    <message>
        <source>{count} files were attached; at most {limit} go in one message.</source>
        <translation>Se han adjuntado {count} archivos; en un mensaje caben como máximo {limit}.</translation>
    </message>
    <message>
        <source>Send the rest in another message.</source>
        <translation>Envía el resto en otro mensaje.</translation>
    </message>
    <message>
        <source>The batch has no conversations.</source>
        <translation>El lote no tiene conversaciones.</translation>
    </message>
    <message>
        <source>Choose some, or a view that is not empty.</source>
        <translation>Elige algunas, o una vista que no esté vacía.</translation>
    </message>
    <message>
        <source>Choose either a quick reply or a text.</source>
        <translation>Elige una respuesta rápida o un texto, no ambos.</translation>
    </message>
    <message>
        <source>{count} conversations are more than one batch takes ({limit}).</source>
        <translation>{count} conversaciones son más de las que admite un lote ({limit}).</translation>
    </message>
    <message>
        <source>Choose fewer conversations.</source>
        <translation>Elige menos conversaciones.</translation>
    </message>
    <message>
        <source>A cancellation request on order {order} is already waiting for the store.</source>
        <translation>Ya hay una solicitud de cancelación del pedido {order} esperando a la tienda.</translation>
    </message>
    <message>
        <source>The store answers by {deadline}; after that the order is cancelled automatically.</source>
        <translation>La tienda responde antes del {deadline}; después, el pedido se cancela automáticamente.</translation>
    </message>
    <message>
        <source>Only the store of order {order} can answer its cancellation request.</source>
        <translation>Solo la tienda del pedido {order} puede responder a su solicitud de cancelación.</translation>
    </message>
    <message>
        <source>The store declined to cancel order {order} on {date}.</source>
        <translation>La tienda rechazó cancelar el pedido {order} el {date}.</translation>
    </message>
    <message>
        <source>You can ask again from {again} if it has not shipped by then.</source>
        <translation>Puedes volver a pedirlo a partir del {again} si para entonces no se ha enviado.</translation>
    </message>
    <message>
        <source>Order {order} has no cancellation request.</source>
        <translation>El pedido {order} no tiene ninguna solicitud de cancelación.</translation>
    </message>
    <message>
        <source>Only the buyer of order {order} can ask to cancel it.</source>
        <translation>Solo el comprador del pedido {order} puede pedir que se cancele.</translation>
    </message>
    <message>
        <source>A store that cannot fulfil an order tells the buyer in the chat.</source>
        <translation>Una tienda que no puede servir un pedido se lo dice al comprador en el chat.</translation>
    </message>
    <message>
        <source>Unknown cancellation reason “{reason}”.</source>
        <translation>Motivo de cancelación desconocido: «{reason}».</translation>
    </message>
    <message>
        <source>Choose one of the reasons offered.</source>
        <translation>Elige uno de los motivos propuestos.</translation>
    </message>
    <message>
        <source>Order {order} has already shipped; it can no longer be cancelled.</source>
        <translation>El pedido {order} ya se ha enviado; ya no se puede cancelar.</translation>
    </message>
    <message>
        <source>If it does not arrive or is not as described, you can open a dispute once it is delivered.</source>
        <translation>Si no llega o no es como se describía, podrás abrir una disputa cuando se entregue.</translation>
    </message>
    <message>
        <source>If it does not arrive or is not as described, you can open a dispute from {date}.</source>
        <translation>Si no llega o no es como se describía, podrás abrir una disputa a partir del {date}.</translation>
    </message>
    <message>
        <source>That message id belongs to another user&apos;s message.</source>
        <translation>Ese identificador pertenece al mensaje de otro usuario.</translation>
    </message>
    <message>
        <source>Send it again as a new message.</source>
        <translation>Envíalo de nuevo como un mensaje nuevo.</translation>
    </message>
    <message>
        <source>This message id was already used for another message.</source>
        <translation>Este identificador ya se usó para otro mensaje.</translation>
    </message>
    <message>
        <source>Conversation {conversation} does not exist or is not yours.</source>
        <translation>La conversación {conversation} no existe o no es tuya.</translation>
    </message>
    <message>
        <source>Say which store: a store, a product or an order.</source>
        <translation>Indica qué tienda: una tienda, un producto o un pedido.</translation>
    </message>
    <message>
        <source>A store cannot start a conversation with itself.</source>
        <translation>Una tienda no puede iniciar una conversación consigo misma.</translation>
    </message>
    <message>
        <source>Sellers answer the conversations buyers start.</source>
        <translation>Los vendedores responden a las conversaciones que inician los compradores.</translation>
    </message>
    <message>
        <source>{days} days is out of range.</source>
        <translation>{days} días está fuera del rango permitido.</translation>
    </message>
    <message>
        <source>Use 1 to {limit}.</source>
        <translation>Usa de 1 a {limit}.</translation>
    </message>
    <message>
        <source>Check the disk; nothing that was saved before was lost.</source>
        <translation>Comprueba el disco; no se ha perdido nada de lo guardado antes.</translation>
    </message>
    <message>
        <source>The database {where} was moved or deleted while Buzón was using it.</source>
        <translation>La base de datos {where} se ha movido o eliminado mientras Buzón la usaba.</translation>
    </message>
    <message>
        <source>Put it back, or start Buzón again.</source>
        <translation>Vuelve a ponerla en su sitio o abre Buzón de nuevo.</translation>
    </message>
    <message>
        <source>There was not enough memory to use the database {where}.</source>
        <translation>No hay memoria suficiente para usar la base de datos {where}.</translation>
    </message>
    <message>
        <source>Close other programs and try again.</source>
        <translation>Cierra otros programas y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Buzón is not allowed to use the database {where}.</source>
        <translation>Buzón no tiene permiso para usar la base de datos {where}.</translation>
    </message>
    <message>
        <source>Check its permissions.</source>
        <translation>Comprueba sus permisos.</translation>
    </message>
    <message>
        <source>The database {where} is larger than this system allows.</source>
        <translation>La base de datos {where} es mayor de lo que permite este sistema.</translation>
    </message>
    <message>
        <source>Move it to a disk that supports large files.</source>
        <translation>Muévela a un disco que admita archivos grandes.</translation>
    </message>
    <message>
        <source>The database server for {where} cannot be reached.</source>
        <translation>No se puede conectar con el servidor de base de datos de {where}.</translation>
    </message>
    <message>
        <source>Check the URL and that the server is running.</source>
        <translation>Comprueba la URL y que el servidor está en marcha.</translation>
    </message>
    <message>
        <source>The database server for {where} refused the login.</source>
        <translation>El servidor de base de datos de {where} rechazó el inicio de sesión.</translation>
    </message>
    <message>
        <source>Check the user name and password in the URL (or ~/.pgpass); the store&apos;s database owner can reset them.</source>
        <translation>Revisa el usuario y la contraseña de la URL (o ~/.pgpass); el propietario de la base de datos de la tienda puede restablecerlos.</translation>
    </message>
    <message>
        <source>The database {where} does not exist on its server.</source>
        <translation>La base de datos {where} no existe en su servidor.</translation>
    </message>
    <message>
        <source>Check the name in the URL, or create it (docs/postgresql.md).</source>
        <translation>Revisa el nombre en la URL o créala (docs/postgresql.md).</translation>
    </message>
    <message>
        <source>Your database role may not do this on {where}.</source>
        <translation>Tu rol de base de datos no puede hacer esto en {where}.</translation>
    </message>
    <message>
        <source>Ask the store&apos;s database owner to run `buzon admin init` and give you access (`buzon admin create-user` / `grant`).</source>
        <translation>Pide al propietario de la base de datos de la tienda que ejecute `buzon admin init` y te dé acceso (`buzon admin create-user` / `grant`).</translation>
    </message>
    <message>
        <source>The database {where} was made by a newer version of Buzón.</source>
        <translation>La base de datos {where} la creó una versión más reciente de Buzón.</translation>
    </message>
    <message>
        <source>Update Buzón on this computer; the database was left untouched.</source>
        <translation>Actualiza Buzón en este ordenador; la base de datos no se ha tocado.</translation>
    </message>
    <message>
        <source>The database driver for {where} is not installed.</source>
        <translation>El controlador de base de datos para {where} no está instalado.</translation>
    </message>
    <message>
        <source>Install it (for PostgreSQL: pip install &apos;psycopg[binary]&apos;).</source>
        <translation>Instálalo (para PostgreSQL: pip install &apos;psycopg[binary]&apos;).</translation>
    </message>
    <message>
        <source>The data folder {where} is read-only.</source>
        <translation>La carpeta de datos {where} es de solo lectura.</translation>
    </message>
    <message>
        <source>The cancellation request on order {order} was already answered on {date}.</source>
        <translation>La solicitud de cancelación del pedido {order} ya se respondió el {date}.</translation>
    </message>
    <message>
        <source>Nothing was changed; the order&apos;s page has its history.</source>
        <translation>No se ha cambiado nada; la página del pedido tiene su historial.</translation>
    </message>
    <message>
        <source>Conversation {conversation} is not with your store.</source>
        <translation>La conversación {conversation} no es con tu tienda.</translation>
    </message>
    <message>
        <source>Choose between 1 and {limit} conversations to mark as read.</source>
        <translation>Elige entre 1 y {limit} conversaciones para marcar como leídas.</translation>
    </message>
    <message>
        <source>Give yourself write permission on it, or choose another data folder with --data-dir or BUZON_DATA_DIR.</source>
        <translation>Date permiso de escritura sobre ella o elige otra carpeta de datos con --data-dir o BUZON_DATA_DIR.</translation>
    </message>
    <message>
        <source>The data folder {where} cannot be created.</source>
        <translation>No se puede crear la carpeta de datos {where}.</translation>
    </message>
    <message>
        <source>Check the path, or choose another data folder with --data-dir or BUZON_DATA_DIR.</source>
        <translation>Comprueba la ruta o elige otra carpeta de datos con --data-dir o BUZON_DATA_DIR.</translation>
    </message>
    <message>
        <source>Order {order} has not shipped, so “already shipped” cannot be the reason.</source>
        <translation>El pedido {order} no se ha enviado, así que «ya enviado» no puede ser el motivo.</translation>
    </message>
    <message>
        <source>Choose another reason.</source>
        <translation>Elige otro motivo.</translation>
    </message>
    <message>
        <source>Unknown reason “{reason}”.</source>
        <translation>Motivo desconocido: «{reason}».</translation>
    </message>
    <message>
        <source>Not enough disk space: the pack needs {needed} MB, {free} MB are free.</source>
        <translation>No hay espacio suficiente en el disco: el paquete necesita {needed} MB y quedan {free} MB libres.</translation>
    </message>
    <message>
        <source>A dispute is already open on order {order}.</source>
        <translation>Ya hay una disputa abierta sobre el pedido {order}.</translation>
    </message>
    <message>
        <source>Follow it on the order&apos;s page or in the chat with the store.</source>
        <translation>Síguela en la página del pedido o en el chat con la tienda.</translation>
    </message>
    <message>
        <source>Only the store of order {order} can answer its dispute.</source>
        <translation>Solo la tienda del pedido {order} puede responder a su disputa.</translation>
    </message>
    <message>
        <source>Unknown answer “{answer}”.</source>
        <translation>Respuesta desconocida: «{answer}».</translation>
    </message>
    <message>
        <source>The dispute on order {order} is closed (refunded {refunded} on {date}).</source>
        <translation>La disputa del pedido {order} está cerrada (se reembolsaron {refunded} el {date}).</translation>
    </message>
    <message>
        <source>Its history is on the order&apos;s page.</source>
        <translation>Su historial está en la página del pedido.</translation>
    </message>
    <message>
        <source>Only the marketplace decides escalated disputes.</source>
        <translation>Solo el marketplace decide las disputas escaladas.</translation>
    </message>
    <message>
        <source>Unknown decision “{decision}”.</source>
        <translation>Decisión desconocida: «{decision}».</translation>
    </message>
    <message>
        <source>The description is {length} characters long; the limit is {limit}.</source>
        <translation>La descripción tiene {length} caracteres; el límite es {limit}.</translation>
    </message>
    <message>
        <source>Shorten it; the evidence files can show the rest.</source>
        <translation>Acórtala; los archivos de prueba pueden mostrar el resto.</translation>
    </message>
    <message>
        <source>A dispute can be escalated from day {day}; this one can be from {date}.</source>
        <translation>Una disputa se puede escalar a partir del día {day}; esta, a partir del {date}.</translation>
    </message>
    <message>
        <source>Until then the seller may still answer.</source>
        <translation>Hasta entonces, el vendedor aún puede responder.</translation>
    </message>
    <message>
        <source>The dispute has no description.</source>
        <translation>La disputa no tiene descripción.</translation>
    </message>
    <message>
        <source>Describe what is wrong with the order, so the seller and the marketplace can judge.</source>
        <translation>Describe qué le pasa al pedido, para que el vendedor y el marketplace puedan valorarlo.</translation>
    </message>
    <message>
        <source>The dispute on order {order} was answered before this step arrived.</source>
        <translation>La disputa del pedido {order} se respondió antes de que llegara este paso.</translation>
    </message>
    <message>
        <source>Order {order} has no dispute.</source>
        <translation>El pedido {order} no tiene ninguna disputa.</translation>
    </message>
    <message>
        <source>Only the buyer of order {order} can do this.</source>
        <translation>Solo el comprador del pedido {order} puede hacer esto.</translation>
    </message>
    <message>
        <source>Order {order} has not been delivered; a dispute can only be opened once it is.</source>
        <translation>El pedido {order} no se ha entregado; solo se puede abrir una disputa cuando se entregue.</translation>
    </message>
    <message>
        <source>Before delivery, contact the seller or ask to cancel the order.</source>
        <translation>Antes de la entrega, contacta con el vendedor o pide cancelar el pedido.</translation>
    </message>
    <message>
        <source>Only the buyer of order {order} can open a dispute on it.</source>
        <translation>Solo el comprador del pedido {order} puede abrir una disputa sobre él.</translation>
    </message>
    <message>
        <source>Unknown dispute reason “{reason}”.</source>
        <translation>Motivo de disputa desconocido: «{reason}».</translation>
    </message>
    <message>
        <source>The dispute on order {order} was settled on {date}; an order has only one.</source>
        <translation>La disputa del pedido {order} se resolvió el {date}; un pedido solo tiene una.</translation>
    </message>
    <message>
        <source>Order {order} is on its way: a dispute can be opened once it is delivered or, if nothing arrives, from {date} (the end of its delivery promise).</source>
        <translation>El pedido {order} está en camino: se puede abrir una disputa cuando se entregue o, si no llega nada, a partir del {date} (el fin del plazo de entrega prometido).</translation>
    </message>
    <message>
        <source>Until then, ask the seller about the delivery in the chat.</source>
        <translation>Hasta entonces, pregunta al vendedor por la entrega en el chat.</translation>
    </message>
    <message>
        <source>The time to open a dispute on order {order} ended on {date} ({days} days after delivery).</source>
        <translation>El plazo para abrir una disputa sobre el pedido {order} terminó el {date} ({days} días después de la entrega).</translation>
    </message>
    <message>
        <source>Contact the seller in the chat.</source>
        <translation>Contacta con el vendedor en el chat.</translation>
    </message>
    <message>
        <source>The download from {host} ended early.</source>
        <translation>La descarga desde {host} terminó antes de tiempo.</translation>
    </message>
    <message>
        <source>The evidence file {file} cannot be read.</source>
        <translation>No se puede leer el archivo de prueba {file}.</translation>
    </message>
    <message>
        <source>The attachment store is damaged or was moved.</source>
        <translation>El almacén de adjuntos está dañado o se ha movido.</translation>
    </message>
    <message>
        <source>This is not an evidence pack made by Buzón.</source>
        <translation>Esto no es un paquete de pruebas hecho por Buzón.</translation>
    </message>
    <message>
        <source>Choose the evidence pack&apos;s .zip file.</source>
        <translation>Elige el archivo .zip del paquete de pruebas.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} no es un archivo.</translation>
    </message>
    <message>
        <source>{path} cannot be read as a ZIP file.</source>
        <translation>{path} no se puede leer como archivo ZIP.</translation>
    </message>
    <message>
        <source>{path} is not a file; the evidence pack was not written.</source>
        <translation>{path} no es un archivo; no se ha escrito el paquete de pruebas.</translation>
    </message>
    <message>
        <source>Choose a .zip file to write.</source>
        <translation>Elige un archivo .zip donde escribirlo.</translation>
    </message>
    <message>
        <source>{path} is larger than an evidence pack can be.</source>
        <translation>{path} es más grande de lo que puede ser un paquete de pruebas.</translation>
    </message>
    <message>
        <source>{path} cannot be read.</source>
        <translation>No se puede leer {path}.</translation>
    </message>
    <message>
        <source>The evidence pack could not be written to {path}.</source>
        <translation>No se ha podido escribir el paquete de pruebas en {path}.</translation>
    </message>
    <message>
        <source>Check that the folder can be written and has room, then try again.</source>
        <translation>Comprueba que se puede escribir en la carpeta y que hay espacio, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation>{name}: {why}</translation>
    </message>
    <message>
        <source>{count} evidence files were given; the limit is {limit}.</source>
        <translation>Se han dado {count} archivos de prueba; el límite es {limit}.</translation>
    </message>
    <message>
        <source>Keep the pictures and videos that show the problem best.</source>
        <translation>Quédate con las fotos y los vídeos que mejor muestran el problema.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>El archivo {file} no existe.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read.</source>
        <translation>No se puede leer el archivo {file}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Choose an existing folder.</source>
        <translation>Elige una carpeta que exista.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created.</source>
        <translation>No se puede crear la carpeta {folder}.</translation>
    </message>
    <message>
        <source>Check the data folder&apos;s permissions.</source>
        <translation>Comprueba los permisos de la carpeta de datos.</translation>
    </message>
    <message>
        <source>The address {url} cannot be used: only http and https are.</source>
        <translation>No se puede usar la dirección {url}: solo se usan http y https.</translation>
    </message>
    <message>
        <source>The list of language packs has no download link for {pair}.</source>
        <translation>La lista de paquetes de idioma no tiene enlace de descarga para {pair}.</translation>
    </message>
    <message>
        <source>There is no language pack {pair} to download.</source>
        <translation>No hay ningún paquete de idioma {pair} para descargar.</translation>
    </message>
    <message>
        <source>Install a pack from a file.</source>
        <translation>Instala un paquete desde un archivo.</translation>
    </message>
    <message>
        <source>The list of language packs could not be read.</source>
        <translation>No se ha podido leer la lista de paquetes de idioma.</translation>
    </message>
    <message>
        <source>The list of language packs from the server is not usable.</source>
        <translation>La lista de paquetes de idioma del servidor no se puede usar.</translation>
    </message>
    <message>
        <source>The installation was cancelled.</source>
        <translation>Se ha cancelado la instalación.</translation>
    </message>
    <message>
        <source>A label cannot hold control characters (a line break, a tab).</source>
        <translation>Una etiqueta no puede contener caracteres de control (un salto de línea, un tabulador).</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>Una etiqueta necesita un nombre.</translation>
    </message>
    <message>
        <source>Conversation {conversation} has no label “{label}”.</source>
        <translation>La conversación {conversation} no tiene la etiqueta «{label}».</translation>
    </message>
    <message>
        <source>The label is {length} characters long; the limit is {limit}.</source>
        <translation>La etiqueta tiene {length} caracteres; el límite es {limit}.</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>Acórtalo.</translation>
    </message>
    <message>
        <source>There is no label “{label}”.</source>
        <translation>No hay ninguna etiqueta «{label}».</translation>
    </message>
    <message>
        <source>This connection logs in as {login}, who is not a Buzón user here.</source>
        <translation>Esta conexión inicia sesión como {login}, que no es un usuario de Buzón aquí.</translation>
    </message>
    <message>
        <source>Ask the database&apos;s owner to run: buzon admin create-user {login} --role …</source>
        <translation>Pida al propietario de la base de datos que ejecute: buzon admin create-user {login} --role …</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>Write something before sending.</source>
        <translation>Escribe algo antes de enviar.</translation>
    </message>
    <message>
        <source>Message {message} is not in conversation {conversation}.</source>
        <translation>El mensaje {message} no está en la conversación {conversation}.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>El texto no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>Write it again, or check the encoding of what was pasted.</source>
        <translation>Vuelve a escribirlo, o revisa la codificación de lo que has pegado.</translation>
    </message>
    <message>
        <source>The message is {length} characters long; the limit is {limit}.</source>
        <translation>El mensaje tiene {length} caracteres; el límite es {limit}.</translation>
    </message>
    <message>
        <source>Shorten it or split it into several messages.</source>
        <translation>Acórtalo o divídelo en varios mensajes.</translation>
    </message>
    <message>
        <source>Say where the message goes: a conversation, or a store with a product or an order.</source>
        <translation>Indica adónde va el mensaje: una conversación, o una tienda con un producto o un pedido.</translation>
    </message>
    <message>
        <source>No language pack translates {pair}.</source>
        <translation>Ningún paquete de idioma traduce {pair}.</translation>
    </message>
    <message>
        <source>Install {install} in the Language packs dialog.</source>
        <translation>Instala {install} en el diálogo Paquetes de idioma.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message>
        <source>Write what the team should know.</source>
        <translation>Escribe lo que el equipo debe saber.</translation>
    </message>
    <message>
        <source>A note has at most {limit} characters; this one has {length}.</source>
        <translation>Una nota tiene como máximo {limit} caracteres; esta tiene {length}.</translation>
    </message>
    <message>
        <source>A partial offer needs its amount.</source>
        <translation>Una oferta parcial necesita su importe.</translation>
    </message>
    <message>
        <source>Write the amount you offer.</source>
        <translation>Escribe el importe que ofreces.</translation>
    </message>
    <message>
        <source>An offer of {offer} is not partial: the buyer asked for {asked}.</source>
        <translation>Una oferta de {offer} no es parcial: el comprador pidió {asked}.</translation>
    </message>
    <message>
        <source>Accept the refund asked instead, or offer less.</source>
        <translation>Acepta el reembolso pedido, u ofrece menos.</translation>
    </message>
    <message>
        <source>“{span}” is not a span of office hours.</source>
        <translation>«{span}» no es un horario de atención.</translation>
    </message>
    <message>
        <source>Write it as 09:00-18:00, or closed.</source>
        <translation>Escríbelo así: 09:00-18:00, o closed (cerrado).</translation>
    </message>
    <message>
        <source>Order {order} is already cancelled.</source>
        <translation>El pedido {order} ya está cancelado.</translation>
    </message>
    <message>
        <source>Unknown order status “{status}”.</source>
        <translation>Estado de pedido desconocido: «{status}».</translation>
    </message>
    <message>
        <source>There is no order {order} among your orders.</source>
        <translation>No hay ningún pedido {order} entre tus pedidos.</translation>
    </message>
    <message>
        <source>This belongs to {owner}, not to {store}.</source>
        <translation>Esto es de {owner}, no de {store}.</translation>
    </message>
    <message>
        <source>Contact the store it belongs to.</source>
        <translation>Contacta con la tienda a la que pertenece.</translation>
    </message>
    <message>
        <source>A pack appeared in {folder} meanwhile; nothing was replaced.</source>
        <translation>Mientras tanto apareció un paquete en {folder}; no se ha sustituido nada.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The language pack {pair} cannot be loaded.</source>
        <translation>No se puede cargar el paquete de idioma {pair}.</translation>
    </message>
    <message>
        <source>Remove it and install it again.</source>
        <translation>Quítalo y vuelve a instalarlo.</translation>
    </message>
    <message>
        <source>The pack file {file} is corrupt; nothing was installed.</source>
        <translation>El archivo de paquete {file} está dañado; no se ha instalado nada.</translation>
    </message>
    <message>
        <source>Download it again.</source>
        <translation>Vuelve a descargarlo.</translation>
    </message>
    <message>
        <source>The disk is full: the pack was not installed.</source>
        <translation>El disco está lleno: no se ha instalado el paquete.</translation>
    </message>
    <message>
        <source>The pack at {url} is too large; the download was stopped.</source>
        <translation>El paquete de {url} es demasiado grande; se ha detenido la descarga.</translation>
    </message>
    <message>
        <source>A pack {pair} is already installed (version {installed}; this file has version {offered}).</source>
        <translation>Ya hay un paquete {pair} instalado (versión {installed}; este archivo tiene la versión {offered}).</translation>
    </message>
    <message>
        <source>Replace it, or keep the installed one.</source>
        <translation>Sustitúyelo, o quédate con el instalado.</translation>
    </message>
    <message>
        <source>The pack&apos;s folder {folder} is already used by another installed pack; it was not installed.</source>
        <translation>La carpeta del paquete, {folder}, ya la usa otro paquete instalado; no se ha instalado.</translation>
    </message>
    <message>
        <source>The file {file} is not a usable language pack.</source>
        <translation>El archivo {file} no es un paquete de idioma utilizable.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a language pack file.</source>
        <translation>{file} es una carpeta, no un archivo de paquete de idioma.</translation>
    </message>
    <message>
        <source>Choose a .argosmodel file.</source>
        <translation>Elige un archivo .argosmodel.</translation>
    </message>
    <message>
        <source>The language pack holds a file it must not hold; it was refused.</source>
        <translation>El paquete de idioma contiene un archivo que no debe contener; se ha rechazado.</translation>
    </message>
    <message>
        <source>Download it again from a source you trust.</source>
        <translation>Vuelve a descargarlo de una fuente de confianza.</translation>
    </message>
    <message>
        <source>The pack&apos;s model cannot be loaded; nothing was installed.</source>
        <translation>No se puede cargar el modelo del paquete; no se ha instalado nada.</translation>
    </message>
    <message>
        <source>No pack {pair} is installed.</source>
        <translation>No hay ningún paquete {pair} instalado.</translation>
    </message>
    <message>
        <source>The file {file} is not a language pack: it is not a zip archive, or it is truncated or corrupt.</source>
        <translation>El archivo {file} no es un paquete de idioma: no es un archivo zip, o está truncado o dañado.</translation>
    </message>
    <message>
        <source>The file {file} is too large for a language pack.</source>
        <translation>El archivo {file} es demasiado grande para ser un paquete de idioma.</translation>
    </message>
    <message>
        <source>The pack file {file} is truncated; nothing was installed.</source>
        <translation>El archivo de paquete {file} está truncado; no se ha instalado nada.</translation>
    </message>
    <message>
        <source>{path} cannot be removed.</source>
        <translation>No se puede eliminar {path}.</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>No se puede escribir {path}.</translation>
    </message>
    <message>
        <source>Check the disk and try again.</source>
        <translation>Comprueba el disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The packs folder {folder} cannot be read.</source>
        <translation>No se puede leer la carpeta de paquetes {folder}.</translation>
    </message>
    <message>
        <source>{limit} conversations are pinned already.</source>
        <translation>Ya hay {limit} conversaciones fijadas.</translation>
    </message>
    <message>
        <source>Unpin one first.</source>
        <translation>Desfija una primero.</translation>
    </message>
    <message>
        <source>{placeholder} has no value in this conversation and no fallback.</source>
        <translation>{placeholder} no tiene valor en esta conversación ni valor por defecto.</translation>
    </message>
    <message>
        <source>Give it one, as in {example}, or write the message yourself.</source>
        <translation>Dale uno, como en {example}, o escribe tú el mensaje.</translation>
    </message>
    <message>
        <source>Unknown placeholder {placeholder}.</source>
        <translation>Marcador desconocido: {placeholder}.</translation>
    </message>
    <message>
        <source>Known placeholders: {known}. A fallback goes after a bar, as in {example}.</source>
        <translation>Marcadores conocidos: {known}. El valor por defecto va tras una barra, como en {example}.</translation>
    </message>
    <message>
        <source>The content policy&apos;s rules file {path} is damaged.</source>
        <translation>El archivo de reglas de la política de contenido, {path}, está dañado.</translation>
    </message>
    <message>
        <source>Reinstall Buzón or restore the file.</source>
        <translation>Reinstala Buzón o restaura el archivo.</translation>
    </message>
    <message>
        <source>The content policy&apos;s rules file {path} is missing.</source>
        <translation>Falta el archivo de reglas de la política de contenido, {path}.</translation>
    </message>
    <message>
        <source>There is no product {product}.</source>
        <translation>No hay ningún producto {product}.</translation>
    </message>
    <message>
        <source>“{code}” cannot be a code.</source>
        <translation>«{code}» no puede ser un código.</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, - and _, up to 32.</source>
        <translation>Usa minúsculas, cifras, - y _, hasta 32.</translation>
    </message>
    <message>
        <source>The store has a quick reply “{code}” already.</source>
        <translation>La tienda ya tiene una respuesta rápida «{code}».</translation>
    </message>
    <message>
        <source>Choose another code, or edit that reply.</source>
        <translation>Elige otro código, o edita esa respuesta.</translation>
    </message>
    <message>
        <source>A quick reply needs a code.</source>
        <translation>Una respuesta rápida necesita un código.</translation>
    </message>
    <message>
        <source>For example: photos, delay, no-tracking.</source>
        <translation>Por ejemplo: photos, delay, no-tracking.</translation>
    </message>
    <message>
        <source>A quick reply needs a title.</source>
        <translation>Una respuesta rápida necesita un título.</translation>
    </message>
    <message>
        <source>There is no quick reply “{code}”.</source>
        <translation>No hay ninguna respuesta rápida «{code}».</translation>
    </message>
    <message>
        <source>Unknown refund “{kind}”.</source>
        <translation>Reembolso desconocido: «{kind}».</translation>
    </message>
    <message>
        <source>A partial refund needs its amount.</source>
        <translation>Un reembolso parcial necesita su importe.</translation>
    </message>
    <message>
        <source>Write the amount.</source>
        <translation>Escribe el importe.</translation>
    </message>
    <message>
        <source>A refund of {amount} is not possible.</source>
        <translation>No es posible un reembolso de {amount}.</translation>
    </message>
    <message>
        <source>Ask for an amount above zero, at most the order&apos;s total ({total}).</source>
        <translation>Pide un importe mayor que cero y como mucho el total del pedido ({total}).</translation>
    </message>
    <message>
        <source>{amount} is more than the order&apos;s total ({total}).</source>
        <translation>{amount} es más que el total del pedido ({total}).</translation>
    </message>
    <message>
        <source>A refund is at most what was paid.</source>
        <translation>Un reembolso es como mucho lo que se pagó.</translation>
    </message>
    <message>
        <source>The marketplace has no return address for the store of order {order}: the buyer would not know where to send the item.</source>
        <translation type="vanished">La plataforma no tiene dirección de devolución de la tienda del pedido {order}: el comprador no sabría adónde enviar el artículo.</translation>
    </message>
    <message>
        <source>Accept the refund, offer a partial one or reject the dispute instead.</source>
        <translation type="vanished">Acepta el reembolso, ofrece uno parcial o rechaza la disputa.</translation>
    </message>
    <message>
        <source>A response target of {minutes} minutes is out of range.</source>
        <translation>Un objetivo de respuesta de {minutes} minutos está fuera del rango permitido.</translation>
    </message>
    <message>
        <source>Use 1 minute to {hours} hours.</source>
        <translation>Usa de 1 minuto a {hours} horas.</translation>
    </message>
    <message>
        <source>The search index of {database} is damaged or was made by another version of Buzón.</source>
        <translation>El índice de búsqueda de {database} está dañado o lo hizo otra versión de Buzón.</translation>
    </message>
    <message>
        <source>Rebuild it (nothing else is changed): buzon search --rebuild</source>
        <translation>Reconstrúyelo (no se cambia nada más): buzon search --rebuild</translation>
    </message>
    <message>
        <source>The database {database} has no search index.</source>
        <translation>La base de datos {database} no tiene índice de búsqueda.</translation>
    </message>
    <message>
        <source>Open it with this version of Buzón so that it is migrated.</source>
        <translation>Ábrela con esta versión de Buzón para que se actualice.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid value for {key}.</source>
        <translation>«{value}» no es un valor válido para {key}.</translation>
    </message>
    <message>
        <source>Use {allowed}.</source>
        <translation>Usa {allowed}.</translation>
    </message>
    <message>
        <source>There is no setting “{key}”.</source>
        <translation>No hay ningún ajuste «{key}».</translation>
    </message>
    <message>
        <source>The settings could not be saved in {path}.</source>
        <translation>No se han podido guardar los ajustes en {path}.</translation>
    </message>
    <message>
        <source>Check that the data folder can be written, then try again.</source>
        <translation>Comprueba que se puede escribir en la carpeta de datos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Order {order} is not awaiting shipment, so it cannot be marked shipped.</source>
        <translation>El pedido {order} no está pendiente de envío, así que no se puede marcar como enviado.</translation>
    </message>
    <message>
        <source>Only the store of order {order} can mark it shipped.</source>
        <translation>Solo la tienda del pedido {order} puede marcarlo como enviado.</translation>
    </message>
    <message>
        <source>Shipping needs the carrier and the tracking number.</source>
        <translation>Para enviar hacen falta el transportista y el número de seguimiento.</translation>
    </message>
    <message>
        <source>Give both.</source>
        <translation>Indica ambos.</translation>
    </message>
    <message>
        <source>This belongs to a store; {user} is a buyer.</source>
        <translation>Esto es de una tienda; {user} es un comprador.</translation>
    </message>
    <message>
        <source>Unknown store “{store}”.</source>
        <translation>Tienda desconocida: «{store}».</translation>
    </message>
    <message>
        <source>{handle} is not on this store&apos;s team.</source>
        <translation>{handle} no está en el equipo de esta tienda.</translation>
    </message>
    <message>
        <source>The team: {team}</source>
        <translation>El equipo: {team}</translation>
    </message>
    <message>
        <source>Conversation {conversation} is not one of your store&apos;s.</source>
        <translation>La conversación {conversation} no es de tu tienda.</translation>
    </message>
    <message>
        <source>Only the store&apos;s team assigns, takes notes or sees who is replying.</source>
        <translation>Solo el equipo de la tienda asigna, toma notas o ve quién está respondiendo.</translation>
    </message>
    <message>
        <source>Only a store&apos;s team has these lists.</source>
        <translation>Solo el equipo de una tienda tiene estas listas.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>El texto está vacío.</translation>
    </message>
    <message>
        <source>Write something.</source>
        <translation>Escribe algo.</translation>
    </message>
    <message>
        <source>Write it: the other side reads it.</source>
        <translation>Escríbelo: la otra parte lo lee.</translation>
    </message>
    <message>
        <source>The “{brace}” at character {position} is not part of a placeholder.</source>
        <translation>La «{brace}» del carácter {position} no forma parte de ningún marcador.</translation>
    </message>
    <message>
        <source>Braces only write placeholders, as in {example}.</source>
        <translation>Las llaves solo sirven para escribir marcadores, como en {example}.</translation>
    </message>
    <message>
        <source>The text holds a control character at character {position}.</source>
        <translation>El texto contiene un carácter de control en el carácter {position}.</translation>
    </message>
    <message>
        <source>Remove it; line breaks and tabs are allowed.</source>
        <translation>Quítelo; los saltos de línea y los tabuladores sí se admiten.</translation>
    </message>
    <message>
        <source>A placeholder cannot hold another one (character {position}).</source>
        <translation>Un marcador no puede contener otro (carácter {position}).</translation>
    </message>
    <message>
        <source>A fallback is plain text, as in {example}.</source>
        <translation>El texto alternativo es texto normal, como en {example}.</translation>
    </message>
    <message>
        <source>A batch id is at most {limit} characters; this one has {length}.</source>
        <translation>Un identificador de lote tiene como máximo {limit} caracteres; este tiene {length}.</translation>
    </message>
    <message>
        <source>Use a short key, such as the date and a word.</source>
        <translation>Use una clave corta, como la fecha y una palabra.</translation>
    </message>
    <message>
        <source>A client id is at most {limit} characters; this one has {length}.</source>
        <translation>Un identificador de cliente tiene como máximo {limit} caracteres; este tiene {length}.</translation>
    </message>
    <message>
        <source>Use a short unique key, such as a UUID.</source>
        <translation>Use una clave única y corta, como un UUID.</translation>
    </message>
    <message>
        <source>The text holds a NUL character (code 0), which the database cannot store.</source>
        <translation>El texto contiene un carácter NUL (código 0), que la base de datos no puede guardar.</translation>
    </message>
    <message>
        <source>Remove it and try again.</source>
        <translation>Quítelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The text is {length} characters long; the limit is {limit}.</source>
        <translation>El texto tiene {length} caracteres; el límite es {limit}.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone.</source>
        <translation>«{zone}» no es una zona horaria.</translation>
    </message>
    <message>
        <source>Use a name such as Asia/Shanghai.</source>
        <translation>Usa un nombre como Asia/Shanghai.</translation>
    </message>
    <message>
        <source>The title is {length} characters long; the limit is {limit}.</source>
        <translation>El título tiene {length} caracteres; el límite es {limit}.</translation>
    </message>
    <message>
        <source>“{tracking}” is not a tracking number (letters, digits and dashes, at most 64).</source>
        <translation>«{tracking}» no es un número de seguimiento (letras, cifras y guiones, 64 como máximo).</translation>
    </message>
    <message>
        <source>Copy it from the carrier&apos;s receipt.</source>
        <translation>Cópialo del justificante del transportista.</translation>
    </message>
    <message>
        <source>This connection logs in as {login}; on PostgreSQL you act as your login role&apos;s user, not as {user}.</source>
        <translation>Esta conexión inicia sesión como {login}; en PostgreSQL usted actúa como el usuario de su rol de inicio de sesión, no como {user}.</translation>
    </message>
    <message>
        <source>Leave --user out (or give --user {login}), or connect as {user}&apos;s own role: postgresql://{user}@HOST/DB.</source>
        <translation>Omita --user (o indique --user {login}), o conéctese con el rol propio de {user}: postgresql://{user}@HOST/DB.</translation>
    </message>
    <message>
        <source>Unknown user “{user}”.</source>
        <translation>Usuario desconocido: «{user}».</translation>
    </message>
    <message>
        <source>Unknown view “{view}”.</source>
        <translation>Vista desconocida: «{view}».</translation>
    </message>
    <message>
        <source>“{day}” is not a weekday.</source>
        <translation>«{day}» no es un día de la semana.</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Internal error</source>
        <translation>Error interno</translation>
    </message>
    <message>
        <source>Something went wrong inside Buzón: %1

What you typed is kept. If the window does not work as it should, close Buzón and open it again.</source>
        <translation>Algo ha fallado dentro de Buzón: %1

Lo que has escrito se conserva. Si la ventana no funciona como debe, cierra Buzón y vuelve a abrirlo.</translation>
    </message>
    <message>
        <source>The details were written to the terminal that started Buzón (the data folder cannot be written).</source>
        <translation>Los detalles se han escrito en el terminal que abrió Buzón (no se puede escribir en la carpeta de datos).</translation>
    </message>
    <message>
        <source>The details are in %1: please send that file with your report.</source>
        <translation>Los detalles están en %1: envía ese archivo con tu informe, por favor.</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) since.</source>
        <translation>
            <numerusform>%n error más desde entonces.</numerusform>
            <numerusform>%n errores más desde entonces.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Awaiting payment</source>
        <translation>Pendiente de pago</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <source>Accepted by the carrier</source>
        <translation>Aceptado por el transportista</translation>
    </message>
    <message>
        <source>No tracking information yet</source>
        <translation>Aún no hay información de seguimiento</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Retrasado</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Devuelto al remitente</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Ha salido</translation>
    </message>
    <message>
        <source>Held by customs</source>
        <translation>Retenido en aduanas</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation>Aún no hay valoraciones</translation>
    </message>
    <message>
        <source>★ %1 (%2 reviews)</source>
        <translation>★ %1 (%2 valoraciones)</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Talking with sellers</source>
        <translation>Hablar con los vendedores</translation>
    </message>
    <message>
        <source>Talking with buyers</source>
        <translation>Hablar con los compradores</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Zoom out (-)</source>
        <translation>Alejar (-)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the picture to the window</source>
        <translation>Ajustar la imagen a la ventana</translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="vanished">100 %</translation>
    </message>
    <message>
        <source>Show the picture at its actual size (0)</source>
        <translation>Mostrar la imagen a su tamaño real (0)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Esta imagen no se puede mostrar.</translation>
    </message>
    <message>
        <source>Save picture as</source>
        <translation>Guardar imagen como</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardada en %1</translation>
    </message>
    <message>
        <source>The picture could not be saved: %1</source>
        <translation>No se ha podido guardar la imagen: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Choose a conversation on the left. Buyers write to your store from a product or an order; their conversations appear here.</source>
        <translation>Elige una conversación a la izquierda. Los compradores escriben a tu tienda desde un producto o un pedido; sus conversaciones aparecen aquí.</translation>
    </message>
    <message>
        <source>The marketplace takes no part in the chats. Escalated disputes wait for your decision on their order&apos;s page, under Orders.</source>
        <translation>El marketplace no participa en los chats. Las disputas escaladas esperan tu decisión en la página de su pedido, en Pedidos.</translation>
    </message>
    <message>
        <source>Choose a conversation on the left, or press “Contact seller” on a product or an order.</source>
        <translation>Elige una conversación a la izquierda, o pulsa «Contactar con el vendedor» en un producto o un pedido.</translation>
    </message>
    <message>
        <source>Buzón cannot open its database</source>
        <translation>Buzón no puede abrir su base de datos</translation>
    </message>
    <message>
        <source>&amp;Buzón</source>
        <translation>&amp;Buzón</translation>
    </message>
    <message>
        <source>&amp;Language packs…</source>
        <translation>&amp;Paquetes de idioma…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Talking with sellers</source>
        <translation>Hablar con los vendedores</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>Atajos de &amp;teclado…</translation>
    </message>
    <message>
        <source>Talking with buyers</source>
        <translation>Hablar con los compradores</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Mostrador</translation>
    </message>
    <message>
        <source>&amp;Quick replies…</source>
        <translation>&amp;Respuestas rápidas…</translation>
    </message>
    <message>
        <source>&amp;Response times…</source>
        <translation>&amp;Tiempos de respuesta…</translation>
    </message>
    <message>
        <source>&amp;Store settings…</source>
        <translation>&amp;Ajustes de la tienda…</translation>
    </message>
    <message>
        <source>&amp;Batch reply…</source>
        <translation>Respuesta en &amp;lote…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln mensaje sin leer</numerusform>
            <numerusform>%Ln mensajes sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageCentre</name>
    <message>
        <source>Choose a conversation on the left, or press “Contact seller” on a product or an order.</source>
        <translation>Elige una conversación a la izquierda, o pulsa «Contactar con el vendedor» en un producto o un pedido.</translation>
    </message>
    <message>
        <source>Search every conversation</source>
        <translation>Buscar en todas las conversaciones</translation>
    </message>
    <message>
        <source>No messages match “%1”.</source>
        <translation>Ningún mensaje coincide con «%1».</translation>
    </message>
    <message>
        <source>Search is still indexing older messages: some may be missing.</source>
        <translation>La búsqueda aún está indexando los mensajes antiguos: puede que falten algunos.</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Marcar como no leído</translation>
    </message>
    <message>
        <source>Delete for me…</source>
        <translation>Eliminar para mí…</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n as read</source>
        <translation>
            <numerusform>Marcar %n como leída</numerusform>
            <numerusform>Marcar %n como leídas</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Move back to the inbox</source>
        <translation>Devolver a la bandeja</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>No response needed</source>
        <translation>No necesita respuesta</translation>
    </message>
    <message>
        <source>Batch reply…</source>
        <translation>Respuesta en lote…</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Eliminar conversación</translation>
    </message>
    <message>
        <source>Delete this conversation for you? The other side keeps its copy. If they write again, the conversation comes back with the new messages only.</source>
        <translation>¿Eliminar esta conversación para ti? La otra parte conserva su copia. Si vuelve a escribir, la conversación reaparecerá solo con los mensajes nuevos.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leído</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Not sent. Click to retry</source>
        <translation>No enviado. Haz clic para reintentar</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Dispute · order %1</source>
        <translation>Disputa · pedido %1</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>Original · Show translation</source>
        <translation>Original · Ver traducción</translation>
    </message>
    <message>
        <source>Translated from %1 · Show original</source>
        <translation>Traducido del %1 · Ver original</translation>
    </message>
    <message>
        <source>No language pack for %1 → %2 · Install…</source>
        <translation>No hay paquete de idioma %1 → %2 · Instalar…</translation>
    </message>
</context>
<context>
    <name>NoteBar</name>
    <message>
        <source>Internal note for the team (the buyer never sees it)</source>
        <translation>Nota interna para el equipo (el comprador nunca la ve)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
</context>
<context>
    <name>NoteBubble</name>
    <message>
        <source>Internal note · %1 · %2</source>
        <translation>Nota interna · %1 · %2</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>[Image]</source>
        <translation>[Imagen]</translation>
    </message>
    <message>
        <source>Buzón</source>
        <translation>Buzón</translation>
    </message>
    <message numerus="yes">
        <source>%n more conversations have new messages</source>
        <translation>
            <numerusform>%n conversación más tiene mensajes nuevos</numerusform>
            <numerusform>%n conversaciones más tienen mensajes nuevos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>An internal error stopped this. What you wrote is still here.</source>
        <translation>Un error interno lo ha detenido. Lo que has escrito sigue aquí.</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>Transportista:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Número de seguimiento:</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>← Back to orders</source>
        <translation>← Volver a pedidos</translation>
    </message>
    <message>
        <source>Ask the seller about this</source>
        <translation>Preguntar al vendedor por esto</translation>
    </message>
    <message>
        <source>Contact seller</source>
        <translation>Contactar con el vendedor</translation>
    </message>
    <message>
        <source>Open dispute</source>
        <translation>Abrir disputa</translation>
    </message>
    <message>
        <source>Not received, damaged or not as described? Open a dispute with pictures or a video as evidence.</source>
        <translation>¿No ha llegado, está dañado o no es como se describía? Abre una disputa con fotos o un vídeo como prueba.</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Contact buyer</source>
        <translation>Contactar con el comprador</translation>
    </message>
    <message>
        <source>The tracking says “%1” since %2.</source>
        <translation>El seguimiento dice «%1» desde el %2.</translation>
    </message>
    <message>
        <source>%1 has not written to your store yet. Sellers answer the conversations buyers start.</source>
        <translation>%1 aún no ha escrito a tu tienda. Los vendedores responden a las conversaciones que inician los compradores.</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Disputa abierta</translation>
    </message>
    <message>
        <source>Your dispute on order %1 is open. The seller sees it on the order and in your chat; follow it on this page.</source>
        <translation>Tu disputa sobre el pedido %1 está abierta. El vendedor la ve en el pedido y en vuestro chat; síguela en esta página.</translation>
    </message>
</context>
<context>
    <name>OrderProblems</name>
    <message>
        <source>Cancellation requested</source>
        <translation>Cancelación solicitada</translation>
    </message>
    <message>
        <source>Cancellation accepted</source>
        <translation>Cancelación aceptada</translation>
    </message>
    <message>
        <source>Cancellation declined</source>
        <translation>Cancelación rechazada</translation>
    </message>
    <message>
        <source>Cancelled automatically: the store did not answer within 48 h</source>
        <translation type="vanished">Cancelado automáticamente: la tienda no respondió en 48 h</translation>
    </message>
    <message>
        <source>Cancelled automatically: the store did not answer in time</source>
        <translation>Cancelado automáticamente: la tienda no respondió a tiempo</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Disputa abierta</translation>
    </message>
    <message>
        <source>Refund accepted</source>
        <translation>Reembolso aceptado</translation>
    </message>
    <message>
        <source>Partial refund offered</source>
        <translation>Reembolso parcial ofrecido</translation>
    </message>
    <message>
        <source>Return asked</source>
        <translation>Devolución solicitada</translation>
    </message>
    <message>
        <source>Item shipped back</source>
        <translation>Artículo devuelto</translation>
    </message>
    <message>
        <source>The return was not shipped in time</source>
        <translation>La devolución no se envió a tiempo</translation>
    </message>
    <message>
        <source>Dispute rejected</source>
        <translation>Disputa rechazada</translation>
    </message>
    <message>
        <source>Answer accepted</source>
        <translation>Respuesta aceptada</translation>
    </message>
    <message>
        <source>Refund accepted automatically: the seller did not answer in time</source>
        <translation>Reembolso aceptado automáticamente: el vendedor no respondió a tiempo</translation>
    </message>
    <message>
        <source>Escalated to the marketplace</source>
        <translation>Elevada a la plataforma</translation>
    </message>
    <message>
        <source>Escalated automatically</source>
        <translation>Elevada automáticamente</translation>
    </message>
    <message>
        <source>Decided by the marketplace</source>
        <translation>Resuelta por la plataforma</translation>
    </message>
    <message>
        <source>Cancellation requested: waiting for the store</source>
        <translation>Cancelación solicitada: esperando a la tienda</translation>
    </message>
    <message>
        <source>Cancelled by the store</source>
        <translation>Cancelado por la tienda</translation>
    </message>
    <message>
        <source>The store declined the cancellation</source>
        <translation>La tienda rechazó la cancelación</translation>
    </message>
    <message>
        <source>Dispute open: waiting for the seller</source>
        <translation>Disputa abierta: esperando al vendedor</translation>
    </message>
    <message>
        <source>The seller offered a partial refund</source>
        <translation>El vendedor ofreció un reembolso parcial</translation>
    </message>
    <message>
        <source>The seller asked for the item back</source>
        <translation>El vendedor pidió la devolución del artículo</translation>
    </message>
    <message>
        <source>The item was shipped back: waiting for the refund</source>
        <translation>El artículo se devolvió: esperando el reembolso</translation>
    </message>
    <message>
        <source>The seller rejected the dispute</source>
        <translation>El vendedor rechazó la disputa</translation>
    </message>
    <message>
        <source>Escalated: waiting for the marketplace&apos;s decision</source>
        <translation>Elevada: esperando la decisión de la plataforma</translation>
    </message>
    <message>
        <source>Dispute closed</source>
        <translation>Disputa cerrada</translation>
    </message>
    <message>
        <source>Cancellation requested: waiting for your answer</source>
        <translation>Cancelación solicitada: esperando tu respuesta</translation>
    </message>
    <message>
        <source>Dispute open: waiting for your answer</source>
        <translation>Disputa abierta: esperando tu respuesta</translation>
    </message>
    <message>
        <source>The item was shipped back: waiting for your refund</source>
        <translation>El artículo se devolvió: esperando tu reembolso</translation>
    </message>
    <message>
        <source>Answer by %1, or the order is cancelled automatically.</source>
        <translation>Responde antes del %1; si no, el pedido se cancela automáticamente.</translation>
    </message>
    <message>
        <source>Answer by %1, or the refund asked is accepted automatically.</source>
        <translation>Responde antes del %1; si no, el reembolso pedido se acepta automáticamente.</translation>
    </message>
    <message>
        <source>If the buyer has not accepted by %1, the dispute goes to the marketplace.</source>
        <translation>Si el comprador no acepta antes del %1, la disputa pasa a la plataforma.</translation>
    </message>
    <message>
        <source>The buyer ships the item back by %1, or the dispute closes without a refund.</source>
        <translation>El comprador devuelve el artículo antes del %1; si no, la disputa se cierra sin reembolso.</translation>
    </message>
    <message>
        <source>Refund by %1, or the refund asked is made automatically.</source>
        <translation>Reembolsa antes del %1; si no, el reembolso pedido se hace automáticamente.</translation>
    </message>
    <message>
        <source>The store answers by %1, or the order is cancelled automatically.</source>
        <translation>La tienda responde antes del %1; si no, el pedido se cancela automáticamente.</translation>
    </message>
    <message>
        <source>The seller answers by %1, or the refund you asked is accepted automatically.</source>
        <translation>El vendedor responde antes del %1; si no, el reembolso que pediste se acepta automáticamente.</translation>
    </message>
    <message>
        <source>Accept or escalate by %1; then the dispute goes to the marketplace.</source>
        <translation>Acepta o eleva la disputa antes del %1; después pasa a la plataforma.</translation>
    </message>
    <message>
        <source>Ship the item back by %1, or the dispute closes without a refund.</source>
        <translation>Devuelve el artículo antes del %1; si no, la disputa se cierra sin reembolso.</translation>
    </message>
    <message>
        <source>The seller refunds by %1, or the refund you asked is made automatically.</source>
        <translation>El vendedor reembolsa antes del %1; si no, el reembolso que pediste se hace automáticamente.</translation>
    </message>
    <message>
        <source>Cancellation and dispute</source>
        <translation>Cancelación y disputa</translation>
    </message>
    <message>
        <source>Return address:</source>
        <translation>Dirección de devolución:</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Cancelar pedido…</translation>
    </message>
    <message>
        <source>Mark as shipped…</source>
        <translation>Marcar como enviado…</translation>
    </message>
    <message>
        <source>Accept cancellation</source>
        <translation>Aceptar la cancelación</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>Answer the dispute…</source>
        <translation>Responder a la disputa…</translation>
    </message>
    <message>
        <source>Refund the returned item</source>
        <translation>Reembolsar el artículo devuelto</translation>
    </message>
    <message>
        <source>Accept the seller&apos;s answer</source>
        <translation>Aceptar la respuesta del vendedor</translation>
    </message>
    <message>
        <source>Escalate to the marketplace</source>
        <translation>Elevar a la plataforma</translation>
    </message>
    <message>
        <source>Ship the item back…</source>
        <translation>Devolver el artículo…</translation>
    </message>
    <message>
        <source>Decide the dispute…</source>
        <translation>Decidir la disputa…</translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>Exportar pruebas…</translation>
    </message>
    <message>
        <source>Ship by %1 — overdue: you may cancel the order</source>
        <translation>La tienda debía enviarlo antes del %1 — con retraso: puedes cancelar el pedido</translation>
    </message>
    <message>
        <source>Ship by %1 — overdue: the buyer may cancel</source>
        <translation>Enviar antes del %1 — con retraso: el comprador puede cancelar</translation>
    </message>
    <message>
        <source>Ship by %1</source>
        <translation>Enviar antes del %1</translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation>reembolsado %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Plazo: %1</translation>
    </message>
    <message>
        <source>Possible from %1</source>
        <translation>Posible a partir del %1</translation>
    </message>
    <message>
        <source>Dispute: %1</source>
        <translation>Disputa: %1</translation>
    </message>
    <message>
        <source>you</source>
        <translation>tú</translation>
    </message>
    <message>
        <source>the buyer</source>
        <translation>el comprador</translation>
    </message>
    <message>
        <source>Opened by %1 on %2</source>
        <translation>Abierta por %1 el %2</translation>
    </message>
    <message>
        <source>Evidence pack saved to %1</source>
        <translation>Paquete de pruebas guardado en %1</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <source>the marketplace</source>
        <translation>la plataforma</translation>
    </message>
    <message>
        <source>(translated from %1)</source>
        <translation>(traducido del %1)</translation>
    </message>
    <message>
        <source>translated from %1</source>
        <translation type="vanished">traducido del %1</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Exportar pruebas</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Todos los pedidos</translation>
    </message>
    <message>
        <source>Search orders (number, product, tracking)</source>
        <translation>Buscar pedidos (número, producto, seguimiento)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Contact seller</source>
        <translation>Contactar con el vendedor</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Abrir pedido</translation>
    </message>
    <message>
        <source>No orders match the search or the status chosen.</source>
        <translation>Ningún pedido coincide con la búsqueda o el estado elegido.</translation>
    </message>
    <message>
        <source>No orders yet. Orders you place on the marketplace appear here.</source>
        <translation>Aún no tienes pedidos. Los pedidos que hagas en la plataforma aparecerán aquí.</translation>
    </message>
    <message>
        <source>Your store has no orders yet.</source>
        <translation>Tu tienda aún no tiene pedidos.</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Aún no hay pedidos.</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>Language packs</source>
        <translation>Paquetes de idioma</translation>
    </message>
    <message>
        <source>Messages are translated on this computer with language packs, one per direction (for example Español → English).</source>
        <translation>Los mensajes se traducen en este ordenador con paquetes de idioma, uno por dirección (por ejemplo, Español → English).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>No language pack is installed yet.</source>
        <translation>Aún no hay ningún paquete de idioma instalado.</translation>
    </message>
    <message>
        <source>Install from file…</source>
        <translation>Instalar desde archivo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Descargar…</translation>
    </message>
    <message>
        <source>Search languages…</source>
        <translation>Buscar idiomas…</translation>
    </message>
    <message>
        <source>Download and install</source>
        <translation>Descargar e instalar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Remove language pack</source>
        <translation>Quitar paquete de idioma</translation>
    </message>
    <message>
        <source>Remove the pack %1? Messages in this direction will no longer be translated.</source>
        <translation>¿Quitar el paquete %1? Los mensajes en esta dirección dejarán de traducirse.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Quitando…</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se ha quitado %1.</translation>
    </message>
    <message>
        <source>Install a language pack</source>
        <translation>Instalar un paquete de idioma</translation>
    </message>
    <message>
        <source>Language packs (*.argosmodel);;All files (*)</source>
        <translation>Paquetes de idioma (*.argosmodel);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Installing %1…</source>
        <translation>Instalando %1…</translation>
    </message>
    <message>
        <source>Loading the list of packs…</source>
        <translation>Cargando la lista de paquetes…</translation>
    </message>
    <message>
        <source>%1 packs available.</source>
        <translation>%1 paquetes disponibles.</translation>
    </message>
    <message>
        <source>The index offers no pack %1.</source>
        <translation>El índice no ofrece ningún paquete %1.</translation>
    </message>
    <message>
        <source>installed: %1</source>
        <translation>instalado: %1</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <source>Installed %1 (version %2).</source>
        <translation>Instalado %1 (versión %2).</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Instalando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Replace language pack</source>
        <translation>Sustituir paquete de idioma</translation>
    </message>
    <message>
        <source>%1 is already installed. Replace version %2 with %3?</source>
        <translation>%1 ya está instalado. ¿Sustituir la versión %2 por la %3?</translation>
    </message>
    <message>
        <source>The installed pack was kept.</source>
        <translation>Se ha conservado el paquete instalado.</translation>
    </message>
    <message>
        <source>An internal error stopped the operation; nothing was changed.</source>
        <translation>Un error interno ha detenido la operación; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>PendingSends</name>
    <message>
        <source>Internal error: %1</source>
        <translation>Error interno: %1</translation>
    </message>
</context>
<context>
    <name>PolicyRules</name>
    <message>
        <source>Attention: there was an error sending the message. Make sure you comply with the local regulation policies</source>
        <translation>Atención: ha habido un error al enviar el mensaje. Asegúrate de que cumples con las políticas de regulación local</translation>
    </message>
    <message>
        <source>Contact through other messaging apps or social networks is not allowed</source>
        <translation>No está permitido el contacto por otras aplicaciones de mensajería o redes sociales</translation>
    </message>
    <message>
        <source>E-mail addresses are not allowed</source>
        <translation>No están permitidas las direcciones de correo electrónico</translation>
    </message>
    <message>
        <source>Phone numbers are not allowed</source>
        <translation>No están permitidos los números de teléfono</translation>
    </message>
    <message>
        <source>Links to other websites are not allowed</source>
        <translation>No están permitidos los enlaces a otros sitios web</translation>
    </message>
    <message>
        <source>Payment outside the platform is not allowed</source>
        <translation>No está permitido pagar fuera de la plataforma</translation>
    </message>
</context>
<context>
    <name>PolicyWarning</name>
    <message>
        <source>Message not sent</source>
        <translation>Mensaje no enviado</translation>
    </message>
    <message>
        <source>Your text is still in the box: edit it and send again.</source>
        <translation>Tu texto sigue en el cuadro: edítalo y vuelve a enviarlo.</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
</context>
<context>
    <name>PresenceLine</name>
    <message>
        <source>%1 is replying…</source>
        <translation>%1 está respondiendo…</translation>
    </message>
    <message>
        <source>%1 are replying…</source>
        <translation>%1 están respondiendo…</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>← Back to products</source>
        <translation>← Volver a productos</translation>
    </message>
    <message>
        <source>No reviews yet: ask the seller for real photos before you buy.</source>
        <translation>Aún no hay valoraciones: pide al vendedor fotos reales antes de comprar.</translation>
    </message>
    <message>
        <source>Contact seller</source>
        <translation>Contactar con el vendedor</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sold</source>
        <translation>
            <numerusform>%Ln vendido</numerusform>
            <numerusform>%Ln vendidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold by %1</source>
        <translation>Vendido por %1</translation>
    </message>
</context>
<context>
    <name>ProductsView</name>
    <message>
        <source>All stores</source>
        <translation>Todas las tiendas</translation>
    </message>
    <message>
        <source>Search products (title, store)</source>
        <translation>Buscar productos (título, tienda)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>No products match the search.</source>
        <translation>Ningún producto coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>No products here yet.</source>
        <translation>Aún no hay productos aquí.</translation>
    </message>
</context>
<context>
    <name>QuestionChips</name>
    <message>
        <source>Ask before you buy:</source>
        <translation>Pregunta antes de comprar:</translation>
    </message>
    <message>
        <source>Real photos</source>
        <translation>Fotos reales</translation>
    </message>
    <message>
        <source>Size for my height and weight</source>
        <translation>Talla para mi altura y peso</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Original or replica?</source>
        <translation>¿Original o réplica?</translation>
    </message>
    <message>
        <source>Shipping time to my country</source>
        <translation>Plazo de envío a mi país</translation>
    </message>
</context>
<context>
    <name>QuickRepliesDialog</name>
    <message>
        <source>Quick replies</source>
        <translation>Respuestas rápidas</translation>
    </message>
    <message>
        <source>New reply: give it a code, a title and its text, then Save.</source>
        <translation>Respuesta nueva: dale un código, un título y su texto, y pulsa Guardar.</translation>
    </message>
    <message>
        <source>e.g. delay</source>
        <translation>p. ej. retraso</translation>
    </message>
    <message>
        <source>Hello {buyer_name|friend}, your order {order_number}…</source>
        <translation>Hola, {buyer_name|amigo}: tu pedido {order_number}…</translation>
    </message>
    <message>
        <source>Placeholders: %1; a fallback after a bar: {buyer_name|friend}</source>
        <translation>Marcadores: %1; un valor de reserva tras una barra: {buyer_name|amigo}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Write this version by hand (the translator&apos;s is where it starts)</source>
        <translation>Escribir esta versión a mano (se parte de la del traductor)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>Respuesta nueva</translation>
    </message>
    <message>
        <source>“%1” was removed meanwhile: Save makes it again with what you typed.</source>
        <translation>«%1» se ha quitado mientras tanto: Guardar la vuelve a crear con lo que has escrito.</translation>
    </message>
    <message>
        <source>There is a quick reply “%1” already: choose another code, or pick it in the list to change it.</source>
        <translation>Ya hay una respuesta rápida «%1»: elige otro código, o selecciónala en la lista para cambiarla.</translation>
    </message>
    <message>
        <source>Save the changes to the quick reply “%1”?</source>
        <translation>¿Guardar los cambios de la respuesta rápida «%1»?</translation>
    </message>
    <message>
        <source>Save the new quick reply?</source>
        <translation>¿Guardar la respuesta rápida nueva?</translation>
    </message>
    <message>
        <source>If you discard them, what you typed is lost.</source>
        <translation type="vanished">Si los descartas, se pierde lo que has escrito.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="vanished">Descartar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancelar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="vanished">Añadir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>A reply&apos;s code cannot be changed: make a new reply and remove this one.</source>
        <translation>El código de una respuesta no se puede cambiar: crea una respuesta nueva y quita esta.</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, - and _, up to 32.</source>
        <translation>Letras minúsculas, cifras, - y _, hasta 32.</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>check: the source changed</source>
        <translation>revisar: el original ha cambiado</translation>
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
        <translation>Respuesta rápida en %1.</translation>
    </message>
    <message>
        <source>Original (%1): %2</source>
        <translation>Original (%1): %2</translation>
    </message>
    <message>
        <source>This quick reply needs {%1}, which this conversation does not have (no fallback): nothing was inserted. Give it a fallback in Desk › Quick replies, or write it yourself.</source>
        <translation>Esta respuesta rápida necesita {%1}, que esta conversación no tiene (sin valor por defecto): no se ha insertado nada. Dale un valor por defecto en Mostrador › Respuestas rápidas, o escríbelo tú.</translation>
    </message>
</context>
<context>
    <name>QuickReplyPopup</name>
    <message>
        <source>Quick replies (type / in the message box)</source>
        <translation>Respuestas rápidas (escribe / en el cuadro de mensaje)</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>Ver original</translation>
    </message>
    <message>
        <source>The reply as your store wrote it</source>
        <translation>La respuesta tal como la escribió tu tienda</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter insert · Esc close</source>
        <translation>↑↓ elegir · Intro insertar · Esc cerrar</translation>
    </message>
    <message>
        <source>Original (%1): %2</source>
        <translation>Original (%1): %2</translation>
    </message>
</context>
<context>
    <name>ReplyCheck</name>
    <message>
        <source>%1 replied meanwhile</source>
        <translation>%1 respondió mientras tanto</translation>
    </message>
    <message>
        <source>%1 replied meanwhile — send anyway?</source>
        <translation>%1 respondió mientras tanto: ¿enviar de todos modos?</translation>
    </message>
    <message>
        <source>New message arrived</source>
        <translation>Ha llegado un mensaje nuevo</translation>
    </message>
    <message>
        <source>New message arrived — send anyway?</source>
        <translation>Ha llegado un mensaje nuevo: ¿enviar de todos modos?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
</context>
<context>
    <name>ReplyVersionDialog</name>
    <message>
        <source>“%1” in %2</source>
        <translation>«%1» en %2</translation>
    </message>
    <message>
        <source>Source (%1): %2</source>
        <translation>Original (%1): %2</translation>
    </message>
    <message>
        <source>Written by hand, this version is kept when the source changes (and marked “check” so you can look at it again).</source>
        <translation>Escrita a mano, esta versión se conserva cuando cambia el original (y se marca «revisar» para que vuelvas a mirarla).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard the changes to this version?</source>
        <translation>¿Descartar los cambios de esta versión?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="vanished">Descartar</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation type="vanished">Seguir escribiendo</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search messages (Ctrl+F)</source>
        <translation type="vanished">Buscar mensajes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search messages (%1)</source>
        <translation>Buscar mensajes (%1)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Automatic (now %1)</source>
        <translation>Automático (ahora %1)</translation>
    </message>
    <message>
        <source>As in my profile (%1)</source>
        <translation>Como en mi perfil (%1)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Translate incoming messages</source>
        <translation>Traducir los mensajes recibidos</translation>
    </message>
    <message>
        <source>Show each message in my language; the original stays one click away.</source>
        <translation>Mostrar cada mensaje en mi idioma; el original queda a un clic.</translation>
    </message>
    <message>
        <source>Send a translation with my messages</source>
        <translation>Enviar una traducción con mis mensajes</translation>
    </message>
    <message>
        <source>Add a translation into the other person&apos;s language when a language pack for it is installed.</source>
        <translation>Añadir una traducción al idioma de la otra persona cuando haya un paquete de idioma instalado.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Menus, buttons and notices. A change applies the next time Buzón starts.</source>
        <translation>Menús, botones y avisos. Un cambio se aplica la próxima vez que se abra Buzón.</translation>
    </message>
    <message>
        <source>Messages from others are translated into this language. A change applies at once.</source>
        <translation>Los mensajes de los demás se traducen a este idioma. Un cambio se aplica al momento.</translation>
    </message>
    <message>
        <source>Window language:</source>
        <translation>Idioma de la ventana:</translation>
    </message>
    <message>
        <source>My language:</source>
        <translation>Mi idioma:</translation>
    </message>
    <message>
        <source>An internal error stopped saving the settings.</source>
        <translation>Un error interno ha impedido guardar los ajustes.</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <source>Ship the item back</source>
        <translation>Devolver el artículo</translation>
    </message>
    <message>
        <source>The store asked for the item of order %1 back. Ship it within 10 days and give the tracking number.</source>
        <translation type="vanished">La tienda pidió la devolución del artículo del pedido %1. Envíalo en un plazo de 10 días e indica el número de seguimiento.</translation>
    </message>
    <message>
        <source>Item shipped</source>
        <translation>Artículo enviado</translation>
    </message>
    <message>
        <source>The store asked for the item of order %1 back. Ship it by %2 to the address below and give the tracking number.</source>
        <translation>La tienda ha pedido que le devuelvas el artículo del pedido %1. Envíalo antes del %2 a la dirección de abajo e indica el número de seguimiento.</translation>
    </message>
    <message>
        <source>The store asked for the item of order %1 back. Ship it to the address below and give the tracking number.</source>
        <translation>La tienda ha pedido que le devuelvas el artículo del pedido %1. Envíalo a la dirección de abajo e indica el número de seguimiento.</translation>
    </message>
    <message>
        <source>Mark as shipped</source>
        <translation>Marcar como enviado</translation>
    </message>
    <message>
        <source>Order %1 leaves with this carrier; the buyer follows it with the tracking number.</source>
        <translation>El pedido %1 sale con este transportista; el comprador lo sigue con el número de seguimiento.</translation>
    </message>
    <message>
        <source>Send it to:</source>
        <translation>Envíalo a:</translation>
    </message>
    <message>
        <source>The store gave no return address: ask the seller for it in the chat.</source>
        <translation>La tienda no ha dado dirección de devolución: pídesela al vendedor en el chat.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <source>Response times</source>
        <translation>Tiempos de respuesta</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Open Store settings</source>
        <translation>Abrir Ajustes de la tienda</translation>
    </message>
    <message>
        <source>The store&apos;s response target</source>
        <translation>Objetivo de respuesta de la tienda</translation>
    </message>
    <message>
        <source>Answered within the target, last %1 days</source>
        <translation>Respondidos dentro del objetivo, últimos %1 días</translation>
    </message>
    <message>
        <source>Median first response (30 days)</source>
        <translation>Mediana de la primera respuesta (30 días)</translation>
    </message>
    <message>
        <source>Awaiting a reply now</source>
        <translation>Esperando respuesta ahora</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Con retraso ahora</translation>
    </message>
    <message>
        <source>no figures yet</source>
        <translation>aún no hay cifras</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>StoreSettingsDialog</name>
    <message>
        <source>Store settings</source>
        <translation>Ajustes de la tienda</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A buyer waiting longer than this for an answer makes the conversation overdue.</source>
        <translation>Si un comprador espera una respuesta más que esto, la conversación pasa a estar con retraso.</translation>
    </message>
    <message>
        <source>Type part of a city&apos;s name (Madrid, Shanghai…) and pick it from the list</source>
        <translation>Escribe parte del nombre de una ciudad (Madrid, Shanghai…) y elígela de la lista</translation>
    </message>
    <message>
        <source>Name
Street and number
Postal code and city
Country</source>
        <translation>Nombre
Calle y número
Código postal y ciudad
País</translation>
    </message>
    <message>
        <source>Where buyers send an item back when you ask for it in a dispute. Without one you cannot ask for an item back.</source>
        <translation>Adónde envían los compradores un artículo cuando pides su devolución en una disputa. Sin ella no puedes pedir la devolución.</translation>
    </message>
    <message>
        <source>Response target:</source>
        <translation>Objetivo de respuesta:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Away reply:</source>
        <translation>Respuesta de ausencia:</translation>
    </message>
    <message>
        <source>Return address:</source>
        <translation>Dirección de devolución:</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>As 09:00-18:00; empty: closed all day</source>
        <translation>Como 09:00-18:00; vacío: cerrado todo el día</translation>
    </message>
    <message>
        <source>In the store&apos;s time zone. With no day set, the store is always open and the away reply is never sent.</source>
        <translation>En la zona horaria de la tienda. Sin ningún día, la tienda está siempre abierta y la respuesta de ausencia no se envía nunca.</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>None (no auto-reply)</source>
        <translation>Ninguna (sin respuesta automática)</translation>
    </message>
    <message>
        <source>%1 (no longer a quick reply)</source>
        <translation>%1 (ya no es una respuesta rápida)</translation>
    </message>
    <message>
        <source>The response target is at least 1 minute and at most %1 hours.</source>
        <translation>El objetivo de respuesta es de 1 minuto como mínimo y %1 horas como máximo.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone: choose one from the list.</source>
        <translation>«%1» no es una zona horaria: elige una de la lista.</translation>
    </message>
    <message>
        <source>Choose the store&apos;s time zone from the list.</source>
        <translation>Elige de la lista la zona horaria de la tienda.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a span of office hours: write it as 09:00-18:00, or leave it empty for closed.</source>
        <translation>%1: «%2» no es un horario: escríbelo como 09:00-18:00, o déjalo vacío si está cerrado.</translation>
    </message>
    <message>
        <source>The away reply “%1” is no longer one of the store&apos;s quick replies: choose another.</source>
        <translation>La respuesta de ausencia «%1» ya no es una de las respuestas rápidas de la tienda: elige otra.</translation>
    </message>
    <message>
        <source>Now %1 there (%2)</source>
        <translation>Hora actual allí: %1 (%2)</translation>
    </message>
    <message>
        <source>Not sent until office hours are set: without them the store is always open.</source>
        <translation>No se envía hasta que fijes un horario: sin él, la tienda está siempre abierta.</translation>
    </message>
    <message>
        <source>Sent once a day to a buyer who writes outside office hours, in their language.</source>
        <translation>Se envía una vez al día, en su idioma, al comprador que escribe fuera del horario.</translation>
    </message>
    <message>
        <source>Save the changes to the store&apos;s settings?</source>
        <translation>¿Guardar los cambios en los ajustes de la tienda?</translation>
    </message>
</context>
<context>
    <name>TeamChat</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Write an internal note for the team (%1)</source>
        <translation>Escribe una nota interna para el equipo (%1)</translation>
    </message>
    <message>
        <source>Write an internal note for the team (Ctrl+Shift+N)</source>
        <translation type="vanished">Escribe una nota interna para el equipo (Ctrl+Mayús+N)</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <source>Take</source>
        <translation>Quedármela</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Asignar a…</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Quitar asignación</translation>
    </message>
</context>
<context>
    <name>TrackingTimeline</name>
    <message>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <source>Ask the seller about this</source>
        <translation>Preguntar al vendedor por esto</translation>
    </message>
    <message>
        <source>No tracking information yet</source>
        <translation>Aún no hay información de seguimiento</translation>
    </message>
</context>
<context>
    <name>TrackingWords</name>
    <message>
        <source>Parcel accepted by the carrier</source>
        <translation>El transportista ha recibido el paquete</translation>
    </message>
    <message>
        <source>Shipment information received</source>
        <translation>Información del envío recibida</translation>
    </message>
    <message>
        <source>Order shipped: the seller handed the parcel to the carrier</source>
        <translation>Pedido enviado: el vendedor entregó el paquete al transportista</translation>
    </message>
    <message>
        <source>The carrier has not scanned the parcel yet</source>
        <translation>El transportista aún no ha escaneado el paquete</translation>
    </message>
    <message>
        <source>Departed from the sorting centre</source>
        <translation>Ha salido del centro de clasificación</translation>
    </message>
    <message>
        <source>Departed to the destination country</source>
        <translation>Ha salido hacia el país de destino</translation>
    </message>
    <message>
        <source>Arrived in the destination country</source>
        <translation>Ha llegado al país de destino</translation>
    </message>
    <message>
        <source>Delivery attempt failed: address not found</source>
        <translation>Intento de entrega fallido: dirección no encontrada</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Devuelto al remitente</translation>
    </message>
    <message>
        <source>Customs clearance delayed: the parcel is waiting for inspection</source>
        <translation>Despacho de aduanas retrasado: el paquete espera inspección</translation>
    </message>
    <message>
        <source>Delayed in transit: held by customs</source>
        <translation>Retraso en el tránsito: retenido en aduanas</translation>
    </message>
    <message>
        <source>Delayed: not enough room on the flight, the parcel leaves on the next one</source>
        <translation>Retrasado: no había sitio en el vuelo, el paquete sale en el siguiente</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Delivered: left with the building&apos;s porter</source>
        <translation>Entregado: se dejó al conserje del edificio</translation>
    </message>
    <message>
        <source>Delivered to the front door</source>
        <translation>Entregado en la puerta</translation>
    </message>
    <message>
        <source>Handed over to %1</source>
        <translation>Entregado a %1</translation>
    </message>
    <message>
        <source>Shipped with %1, tracking number %2</source>
        <translation>Enviado con %1, número de seguimiento %2</translation>
    </message>
    <message>
        <source>“%1” (the carrier&apos;s words, translated from %2)</source>
        <translation>«%1» (texto del transportista, traducido del %2)</translation>
    </message>
    <message>
        <source>“%1” (the carrier&apos;s words)</source>
        <translation>«%1» (texto del transportista)</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>%n unread</source>
        <translation>%n sin leer</translation>
    </message>
    <message>
        <source>%n overdue</source>
        <translation>%n con retraso</translation>
    </message>
    <message>
        <source>Open Buzón</source>
        <translation>Abrir Buzón</translation>
    </message>
    <message>
        <source>Overdue conversations (%1)</source>
        <translation>Conversaciones vencidas (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Buzón: %n unread</source>
        <translation type="vanished">
            <numerusform>Buzón: %n sin leer</numerusform>
            <numerusform>Buzón: %n sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Message deleted for you.</source>
        <translation>Mensaje eliminado para ti.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>WaitLabel</name>
    <message>
        <source>Waiting %1 · overdue by %2</source>
        <translation>Esperando %1 · con %2 de retraso</translation>
    </message>
    <message>
        <source>Waiting %1 · %2 left</source>
        <translation>Esperando %1 · quedan %2</translation>
    </message>
</context>
<context>
    <name>WelcomeStrip</name>
    <message>
        <source>Welcome to Buzón. Ask a store anything from a product or an order with “Contact seller”: it reads you in its own language.</source>
        <translation>Te damos la bienvenida a Buzón. Pregunta lo que quieras a una tienda desde un producto o un pedido con «Contactar con el vendedor»: te lee en su propio idioma.</translation>
    </message>
    <message>
        <source>Keep every deal and payment in the chat: that is what buyer protection covers.</source>
        <translation>Mantén cada acuerdo y cada pago en el chat: eso es lo que cubre la protección al comprador.</translation>
    </message>
    <message>
        <source>Stores are many hours ahead: give them a working day to answer.</source>
        <translation>Las tiendas van muchas horas por delante: dales un día laborable para responder.</translation>
    </message>
    <message>
        <source>Talking with sellers</source>
        <translation>Hablar con los vendedores</translation>
    </message>
    <message>
        <source>Welcome to Buzón. Every buyer&apos;s message to your store arrives in the Message Centre, translated into your language.</source>
        <translation>Te damos la bienvenida a Buzón. Cada mensaje de un comprador a tu tienda llega al Centro de mensajes, traducido a tu idioma.</translation>
    </message>
    <message>
        <source>Answer in your language: the buyer reads it in theirs.</source>
        <translation>Responde en tu idioma: el comprador lo lee en el suyo.</translation>
    </message>
    <message>
        <source>Contact details and payment outside the marketplace are stopped before they leave.</source>
        <translation>Los datos de contacto y los pagos fuera de la plataforma se detienen antes de salir.</translation>
    </message>
    <message>
        <source>Talking with buyers</source>
        <translation>Hablar con los compradores</translation>
    </message>
    <message>
        <source>Close: this welcome will not come back</source>
        <translation>Cerrar: esta bienvenida no volverá a aparecer</translation>
    </message>
</context>
</TS>
