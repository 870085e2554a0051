<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BatchDialog</name>
    <message numerus="yes">
        <source>The %n selected conversations</source>
        <translation>
            <numerusform>The %n selected conversation</numerusform>
            <numerusform>The %n selected conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelRequestDialog</name>
    <message numerus="yes">
        <source>Ask the store to cancel order %1. The store has %n hour(s) to answer; if it does not, the order is cancelled automatically.</source>
        <translation>
            <numerusform>Ask the store to cancel order %1. The store has %n hour to answer; if it does not, the order is cancelled automatically.</numerusform>
            <numerusform>Ask the store to cancel order %1. The store has %n hours to answer; if it does not, the order is cancelled automatically.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposeBox</name>
    <message numerus="yes">
        <source>The message is over the limit of %Ln characters.</source>
        <translation>
            <numerusform>The message is over the limit of %Ln character.</numerusform>
            <numerusform>The message is over the limit of %Ln characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisputeSection</name>
    <message numerus="yes">
        <source>Evidence: %n file(s)</source>
        <translation type="vanished">
            <numerusform>Evidence: %n file</numerusform>
            <numerusform>Evidence: %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message numerus="yes">
        <source>%n more error(s) since.</source>
        <translation>
            <numerusform>%n more error since.</numerusform>
            <numerusform>%n more errors since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln unread message</numerusform>
            <numerusform>%Ln unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageCentre</name>
    <message numerus="yes">
        <source>Mark %n as read</source>
        <translation>
            <numerusform>Mark %n as read</numerusform>
            <numerusform>Mark %n as read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>%n more conversations have new messages</source>
        <translation>
            <numerusform>%n more conversation has new messages</numerusform>
            <numerusform>%n more conversations have new messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message numerus="yes">
        <source>%Ln sold</source>
        <translation>
            <numerusform>%Ln sold</numerusform>
            <numerusform>%Ln sold</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>Buzón: %n unread</source>
        <translation type="vanished">
            <numerusform>Buzón: %n unread</numerusform>
            <numerusform>Buzón: %n unread</numerusform>
        </translation>
    </message>
</context>
</TS>
