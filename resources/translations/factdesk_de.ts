<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
  <context>
    <name>FactDesk</name>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="102" />
      <source>Match %1 of %2</source>
      <translation>Treffer %1 von %2</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="104" />
      <source>From: %1</source>
      <translation>Von: %1</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="112" />
      <source>Checked before</source>
      <translation>Schon geprüft</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="137" />
      <source>Earlier fact-checks</source>
      <translation>Frühere Faktenchecks</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="138" />
      <source>Fact-checks of this claim or one like it, best first; double-click to open the link</source>
      <translation>Faktenchecks dieser oder einer ähnlichen Behauptung, beste zuerst; Doppelklick öffnet den Link</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="142" />
      <source>Use this verdict as a starting point</source>
      <translation>Diese Bewertung als Ausgangspunkt nehmen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="143" />
      <source>Set the verdict this rating reads as and attach the fact-check as a source</source>
      <translation>Die Bewertung setzen, der dieses Urteil entspricht, und den Faktencheck als Quelle anhängen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="145" />
      <source>Open link</source>
      <translation>Link öffnen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="157" />
      <location filename="../../factdesk/gui/checked_before.py" line="295" />
      <source>Apply verdict to all occurrences</source>
      <translation>Bewertung auf alle Vorkommen anwenden</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="158" />
      <source>Copy this claim's verdict, rationale and sources to the same claim in the other articles</source>
      <translation>Bewertung, Begründung und Quellen dieser Behauptung auf dieselbe Behauptung in den anderen Artikeln übertragen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="161" />
      <location filename="../../factdesk/gui/checked_before.py" line="307" />
      <source>Take out of cluster</source>
      <translation>Aus der Gruppe nehmen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="162" />
      <source>This is not the same claim: check it on its own</source>
      <translation>Das ist nicht dieselbe Behauptung: einzeln prüfen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="173" />
      <source>Source figures</source>
      <translation>Zahlen der Quellen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="174" />
      <source>The figures in the claim's sources beside the claim's value, and a suggested verdict</source>
      <translation>Die Zahlen in den Quellen der Behauptung neben ihrem Wert, und eine vorgeschlagene Bewertung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="186" />
      <source>Select a claim to see whether it was checked before.</source>
      <translation>Wählen Sie eine Behauptung, um zu sehen, ob sie schon geprüft wurde.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="198" />
      <source>No earlier fact-check found.</source>
      <translation>Kein früherer Faktencheck gefunden.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="199" />
      <source>Earlier fact-checks of this claim or one like it, best first:</source>
      <translation>Frühere Faktenchecks dieser oder einer ähnlichen Behauptung, beste zuerst:</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="212" />
      <source>The same claim in another article:</source>
      <translation>Dieselbe Behauptung in einem anderen Artikel:</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="213" />
      <source>The same claim in %1 other articles:</source>
      <translation>Dieselbe Behauptung in %1 anderen Artikeln:</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="238" />
      <source>Source</source>
      <translation>Quelle</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="244" />
      <source>Source vs claim</source>
      <translation>Quelle und Behauptung im Vergleich</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="245" />
      <source>A suggestion only; the verdict is yours.</source>
      <translation>Nur ein Vorschlag; die Bewertung treffen Sie.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="275" />
      <source>Use earlier verdict</source>
      <translation>Frühere Bewertung übernehmen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="278" />
      <source>Set verdict</source>
      <translation>Bewertung setzen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="280" />
      <location filename="../../factdesk/gui/claim_panel.py" line="614" />
      <location filename="../../factdesk/gui/source_dialog.py" line="63" />
      <source>Add source</source>
      <translation>Quelle hinzufügen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checked_before.py" line="299" />
      <source>%1 left as they were (approved and locked, or not allowed now).</source>
      <translation>%1 unverändert gelassen (freigegeben und gesperrt, oder jetzt nicht erlaubt).</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checks_import.py" line="27" />
      <location filename="../../factdesk/gui/checks_import.py" line="56" />
      <source>Import fact-checks</source>
      <translation>Faktenchecks importieren</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checks_import.py" line="47" />
      <source>Importing fact-checks…</source>
      <translation>Faktenchecks werden importiert …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checks_import.py" line="53" />
      <source>Fact-checks: %1 added, %2 updated</source>
      <translation>Faktenchecks: %1 hinzugefügt, %2 aktualisiert</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/checks_import.py" line="55" />
      <source>(%1 skipped)</source>
      <translation>(%1 übersprungen)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="66" />
      <source>Claim details</source>
      <translation>Details der Behauptung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="67" />
      <source>The selected claim: its facts, verdict, rationale, sources and history</source>
      <translation>Die gewählte Behauptung: Angaben, Bewertung, Begründung, Quellen und Historie</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="85" />
      <location filename="../../factdesk/gui/review_queue.py" line="256" />
      <location filename="../../factdesk/gui/review_queue.py" line="267" />
      <source>Claim</source>
      <translation>Behauptung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="92" />
      <source>no number</source>
      <translation>keine Zahl</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="101" />
      <source>Change qualifier</source>
      <translation>Einschränkung ändern</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="104" />
      <source>Change speaker</source>
      <translation>Sprecher ändern</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="110" />
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="111" />
      <location filename="../../factdesk/gui/claim_panel.py" line="117" />
      <location filename="../../factdesk/gui/claim_panel.py" line="476" />
      <location filename="../../factdesk/gui/reader.py" line="305" />
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="112" />
      <location filename="../../factdesk/gui/claim_panel.py" line="118" />
      <source>Unit</source>
      <translation>Einheit</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="113" />
      <location filename="../../factdesk/gui/claim_panel.py" line="119" />
      <location filename="../../factdesk/gui/reader.py" line="307" />
      <source>Qualifier</source>
      <translation>Einschränkung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="114" />
      <location filename="../../factdesk/gui/claim_panel.py" line="121" />
      <location filename="../../factdesk/gui/reader.py" line="309" />
      <source>Speaker</source>
      <translation>Sprecher</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="115" />
      <source>Sentence</source>
      <translation>Satz</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="116" />
      <location filename="../../factdesk/gui/export_dialog.py" line="94" />
      <source>Claim type</source>
      <translation>Behauptungstyp</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="116" />
      <source>What kind of claim this is; choose another type to correct it</source>
      <translation>Welche Art von Behauptung das ist; wählen Sie einen anderen Typ, um ihn zu korrigieren</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="117" />
      <source>The claim's number as FactDesk read it; type a corrected number</source>
      <translation>Die Zahl der Behauptung, wie FactDesk sie gelesen hat; tippen Sie eine korrigierte Zahl ein</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="118" />
      <source>What the number counts: percent, people, years, a currency code</source>
      <translation>Was die Zahl zählt: Prozent, Personen, Jahre, ein Währungscode</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="120" />
      <source>How the text hedges the number: exact, about, more than, at least, up to</source>
      <translation>Wie der Text die Zahl einschränkt: genau, etwa, mehr als, mindestens, bis zu</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="121" />
      <source>Who said it, for a quote or an attributed figure</source>
      <translation>Wer es gesagt hat, bei einem Zitat oder einer zugeschriebenen Zahl</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="123" />
      <source>How check-worthy the claim's sentence is (0 to 1; 0.5 or more: worth checking), and what raises or lowers it</source>
      <translation>Wie prüfenswert der Satz der Behauptung ist (0 bis 1; ab 0,5: prüfenswert) und was den Wert hebt oder senkt</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="125" />
      <source>Check-worthiness</source>
      <translation>Prüfwürdigkeit</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="128" />
      <source>Check</source>
      <translation>Prüfung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="137" />
      <source>nobody</source>
      <translation>niemand</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="139" />
      <source>Change assignee</source>
      <translation>Zuständigkeit ändern</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="141" />
      <source>Why this verdict? What did the sources say?</source>
      <translation>Warum diese Bewertung? Was sagen die Quellen?</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="170" />
      <source>Approved — locked until a lead reopens it.</source>
      <translation>Freigegeben – gesperrt, bis die Teamleitung sie wieder öffnet.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="173" />
      <location filename="../../factdesk/gui/claim_panel.py" line="178" />
      <location filename="../../factdesk/gui/export_dialog.py" line="91" />
      <location filename="../../factdesk/gui/reader.py" line="310" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="173" />
      <source>Where the claim is in the check: new, researching, ready for review, approved, returned, dismissed</source>
      <translation>Wo die Behauptung in der Prüfung steht: neu, in Recherche, bereit zur Abnahme, abgenommen, zurückgegeben, verworfen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="175" />
      <location filename="../../factdesk/gui/claim_panel.py" line="179" />
      <location filename="../../factdesk/gui/export_dialog.py" line="93" />
      <source>Verdict</source>
      <translation>Bewertung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="175" />
      <source>The verdict on the desk's rating scale (keys 1 to 9)</source>
      <translation>Die Bewertung auf der Skala des Desks (Tasten 1 bis 9)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="176" />
      <location filename="../../factdesk/gui/claim_panel.py" line="181" />
      <location filename="../../factdesk/gui/claims_view.py" line="39" />
      <source>Assignee</source>
      <translation>Zuständig</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="176" />
      <source>The checker who works on this claim</source>
      <translation>Wer diese Behauptung prüft</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="177" />
      <location filename="../../factdesk/gui/claim_panel.py" line="182" />
      <location filename="../../factdesk/gui/review_queue.py" line="257" />
      <location filename="../../factdesk/gui/review_queue.py" line="268" />
      <source>Rationale</source>
      <translation>Begründung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="177" />
      <source>Why this verdict: what the sources say; saved as you type</source>
      <translation>Warum diese Bewertung: was die Quellen sagen; wird beim Tippen gespeichert</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="188" />
      <location filename="../../factdesk/gui/claim_panel.py" line="207" />
      <location filename="../../factdesk/gui/review_queue.py" line="262" />
      <location filename="../../factdesk/gui/review_queue.py" line="268" />
      <source>Sources</source>
      <translation>Quellen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="207" />
      <source>The sources the verdict rests on; double-click one to edit it</source>
      <translation>Die Quellen, auf denen die Bewertung beruht; Doppelklick zum Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="211" />
      <source>Add…</source>
      <translation>Hinzufügen …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="213" />
      <source>Edit…</source>
      <translation>Bearbeiten …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="215" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="217" />
      <source>Open</source>
      <comment>a source's file or web page</comment>
      <translation>Öffnen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="219" />
      <source>Open the attached file, or the web address</source>
      <translation>Angehängte Datei oder Webadresse öffnen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="220" />
      <source>Add a source: a web address, a publisher, an excerpt or a file</source>
      <translation>Eine Quelle hinzufügen: Webadresse, Herausgeber, Textstelle oder Datei</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="221" />
      <source>Edit the selected source</source>
      <translation>Die gewählte Quelle bearbeiten</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="222" />
      <source>Remove the selected source from this claim</source>
      <translation>Die gewählte Quelle von dieser Behauptung entfernen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="237" />
      <location filename="../../factdesk/gui/claim_panel.py" line="245" />
      <location filename="../../factdesk/gui/review_queue.py" line="263" />
      <location filename="../../factdesk/gui/review_queue.py" line="268" />
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="245" />
      <source>Every change to this claim: who changed what, and when</source>
      <translation>Jede Änderung dieser Behauptung: wer was wann geändert hat</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="260" />
      <source>— no verdict —</source>
      <translation>– keine Bewertung –</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="265" />
      <source>Shortcut: %1</source>
      <translation>Tastenkürzel: %1</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="288" />
      <source>Select a claim in the text or in the list.</source>
      <translation>Wählen Sie eine Behauptung im Text oder in der Liste.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="418" />
      <source>This verdict rests on no source yet.</source>
      <translation>Diese Bewertung stützt sich noch auf keine Quelle.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="419" />
      <source>This verdict rests on one independent source only.</source>
      <translation>Diese Bewertung stützt sich nur auf eine unabhängige Quelle.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="420" />
      <source>Two or more from different publishers are safer.</source>
      <translation>Zwei oder mehr von verschiedenen Herausgebern sind sicherer.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="443" />
      <source>You typed: “%1”.</source>
      <translation>Sie hatten eingegeben: „%1“.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="458" />
      <source>Change unit</source>
      <translation>Einheit ändern</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="462" />
      <location filename="../../factdesk/gui/main_window.py" line="339" />
      <location filename="../../factdesk/gui/reader.py" line="367" />
      <source>Change type</source>
      <translation>Typ ändern</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="476" />
      <source>“%1” is not a number.</source>
      <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="480" />
      <source>Change value</source>
      <translation>Wert ändern</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="487" />
      <source>Set status to %1</source>
      <translation>Status auf %1 setzen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="495" />
      <location filename="../../factdesk/gui/review_queue.py" line="175" />
      <location filename="../../factdesk/gui/review_queue.py" line="363" />
      <source>no verdict</source>
      <translation>keine Bewertung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="499" />
      <source>Set verdict %1</source>
      <translation>Bewertung %1 setzen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="537" />
      <source>Edit rationale</source>
      <translation>Begründung bearbeiten</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="556" />
      <location filename="../../factdesk/gui/comment_thread.py" line="133" />
      <source>Write comment</source>
      <translation>Kommentar schreiben</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="558" />
      <source>Your rationale was kept as a comment.</source>
      <translation>Ihre Begründung wurde als Kommentar behalten.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="624" />
      <location filename="../../factdesk/gui/source_dialog.py" line="63" />
      <source>Edit source</source>
      <translation>Quelle bearbeiten</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="631" />
      <location filename="../../factdesk/gui/claim_panel.py" line="634" />
      <source>Remove source</source>
      <translation>Quelle entfernen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="632" />
      <source>Remove “%1” from this claim?</source>
      <translation>„%1“ von dieser Behauptung entfernen?</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claim_panel.py" line="645" />
      <source>Open source</source>
      <translation>Quelle öffnen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claims_model.py" line="294" />
      <location filename="../../factdesk/gui/library_model.py" line="179" />
      <location filename="../../factdesk/gui/reader.py" line="522" />
      <location filename="../../factdesk/gui/review_queue.py" line="94" />
      <location filename="../../factdesk/gui/shelf_actions.py" line="65" />
      <source>(untitled)</source>
      <translation>(ohne Titel)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claims_view.py" line="27" />
      <source>Any type</source>
      <translation>Alle Typen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claims_view.py" line="31" />
      <source>Any status</source>
      <translation>Jeder Status</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claims_view.py" line="35" />
      <source>Any verdict</source>
      <translation>Jede Bewertung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claims_view.py" line="41" />
      <source>Text contains…</source>
      <translation>Text enthält …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claims_view.py" line="61" />
      <source>Claim type filter</source>
      <translation>Filter nach Typ</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claims_view.py" line="61" />
      <source>Show only claims of this type</source>
      <translation>Nur Behauptungen dieses Typs zeigen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claims_view.py" line="62" />
      <source>Status filter</source>
      <translation>Filter nach Status</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claims_view.py" line="62" />
      <source>Show only claims with this status</source>
      <translation>Nur Behauptungen mit diesem Status zeigen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claims_view.py" line="63" />
      <source>Verdict filter</source>
      <translation>Filter nach Bewertung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claims_view.py" line="63" />
      <source>Show only claims with this verdict</source>
      <translation>Nur Behauptungen mit dieser Bewertung zeigen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claims_view.py" line="64" />
      <source>Assignee filter</source>
      <translation>Filter nach zuständiger Person</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claims_view.py" line="64" />
      <source>Show only the claims of this checker</source>
      <translation>Nur die Behauptungen dieser Person zeigen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claims_view.py" line="65" />
      <source>Text filter</source>
      <translation>Filter nach Text</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claims_view.py" line="65" />
      <source>Show only claims whose text or rationale holds these words</source>
      <translation>Nur Behauptungen zeigen, deren Text oder Begründung diese Wörter enthält</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claims_view.py" line="66" />
      <location filename="../../factdesk/gui/main_window.py" line="78" />
      <source>All claims</source>
      <translation>Alle Behauptungen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/claims_view.py" line="66" />
      <source>Every claim on the desk; choose one to open it in its article</source>
      <translation>Alle Behauptungen des Desks; wählen Sie eine, um sie in ihrem Artikel zu öffnen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/comment_dialog.py" line="21" />
      <source>Please say what the checker should change.</source>
      <translation>Bitte sagen Sie, was geändert werden soll.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/comment_thread.py" line="82" />
      <location filename="../../factdesk/gui/comment_thread.py" line="99" />
      <location filename="../../factdesk/gui/comment_thread.py" line="123" />
      <source>Comments</source>
      <translation>Kommentare</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/comment_thread.py" line="95" />
      <source>Write to the checker or the lead… (Ctrl+Enter sends)</source>
      <translation>An Prüfer oder Leitung schreiben … (Strg+Eingabe sendet)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/comment_thread.py" line="97" />
      <location filename="../../factdesk/gui/comment_thread.py" line="101" />
      <source>Send</source>
      <translation>Senden</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/comment_thread.py" line="99" />
      <source>What the checker and the lead wrote about this claim, oldest first</source>
      <translation>Was Prüfer und Leitung zu dieser Behauptung geschrieben haben, älteste zuerst</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/comment_thread.py" line="100" />
      <source>New comment</source>
      <translation>Neuer Kommentar</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/comment_thread.py" line="100" />
      <source>Write a comment; Ctrl+Enter sends it</source>
      <translation>Kommentar schreiben; Strg+Eingabe sendet ihn</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/comment_thread.py" line="101" />
      <source>Add the comment to the claim's thread</source>
      <translation>Den Kommentar zur Diskussion der Behauptung hinzufügen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/comment_thread.py" line="123" />
      <source>Comments (%1)</source>
      <translation>Kommentare (%1)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/desk_review_box.py" line="39" />
      <source>Review on this desk</source>
      <translation>Abnahme auf diesem Desk</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/desk_review_box.py" line="46" />
      <source>nobody yet: the first person who says they are a lead</source>
      <translation>noch niemand: wer sich zuerst als Leitung einträgt</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/desk_review_box.py" line="47" />
      <source>Four-eyes rule: nobody approves a verdict they set, and approving needs a source and a rationale</source>
      <translation>Vier-Augen-Prinzip: Niemand gibt eine eigene Bewertung frei, und eine Freigabe braucht eine Quelle und eine Begründung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/desk_review_box.py" line="52" />
      <source>Only the leads listed here review on this desk, and only they change this list. Every change is recorded in the desk's history.</source>
      <translation>Nur die hier genannten Leitungen nehmen auf diesem Desk ab, und nur sie ändern diese Liste. Jede Änderung steht in der Historie des Desks.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/desk_review_box.py" line="54" />
      <source>Only a lead of this desk can change these.</source>
      <translation>Nur eine Leitung dieses Desks kann das ändern.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/desk_review_box.py" line="57" />
      <source>Leads of this desk</source>
      <translation>Leitungen dieses Desks</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/desk_review_box.py" line="57" />
      <source>The names, separated by commas, of the people who review and approve on this desk</source>
      <translation>Die Namen (durch Kommas getrennt) der Personen, die auf diesem Desk abnehmen und freigeben</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/desk_review_box.py" line="59" />
      <source>Four-eyes rule</source>
      <translation>Vier-Augen-Prinzip</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/desk_review_box.py" line="59" />
      <source>Whether a second person must approve every verdict, with a source and a rationale</source>
      <translation>Ob eine zweite Person jede Bewertung freigeben muss, mit Quelle und Begründung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/desk_review_box.py" line="62" />
      <source>Leads:</source>
      <translation>Leitungen:</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/desk_review_box.py" line="77" />
      <source>You are not a lead of this desk. Leads: %1. Ask one of them to add you.</source>
      <translation>Sie sind keine Leitung dieses Desks. Leitungen: %1. Bitten Sie eine davon, Sie einzutragen.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/detail_models.py" line="140" />
      <location filename="../../factdesk/gui/library_view.py" line="51" />
      <location filename="../../factdesk/gui/shelf_actions.py" line="71" />
      <source>Archived</source>
      <translation>Archiviert</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/detail_models.py" line="140" />
      <location filename="../../factdesk/gui/library_view.py" line="52" />
      <source>Deleted</source>
      <translation>Gelöscht</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/detail_models.py" line="176" />
      <source>before</source>
      <translation>vorher</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/detail_models.py" line="176" />
      <source>after</source>
      <translation>nachher</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/detail_models.py" line="200" />
      <source>Undoes an earlier review</source>
      <translation>Macht eine frühere Abnahme rückgängig</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/detail_models.py" line="205" />
      <source>Comment taken back</source>
      <translation>Kommentar zurückgenommen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/detail_models.py" line="205" />
      <source>Comment brought back</source>
      <translation>Kommentar wiederhergestellt</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/detail_models.py" line="206" />
      <source>Comment: %1</source>
      <translation>Kommentar: %1</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/detail_models.py" line="210" />
      <source>Source added</source>
      <translation>Quelle hinzugefügt</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="59" />
      <location filename="../../factdesk/gui/export_dialog.py" line="142" />
      <location filename="../../factdesk/gui/export_dialog.py" line="187" />
      <source>Export report</source>
      <translation>Bericht exportieren</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="72" />
      <location filename="../../factdesk/gui/source_dialog.py" line="71" />
      <location filename="../../factdesk/gui/source_dialog.py" line="73" />
      <source>YYYY-MM-DD</source>
      <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="76" />
      <source>Where the HTML report will be published; each ClaimReview points to this address + #claim-ID.</source>
      <translation>Wo der HTML-Bericht veröffentlicht wird; jedes ClaimReview verweist auf diese Adresse + #claim-ID.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="84" />
      <location filename="../../factdesk/gui/first_run.py" line="50" />
      <source>Choose…</source>
      <translation>Auswählen …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="90" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="92" />
      <source>Article</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="95" />
      <source>Decided from</source>
      <translation>Entschieden ab</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="96" />
      <source>Decided until</source>
      <translation>Entschieden bis</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="97" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="98" />
      <source>Report address</source>
      <translation>Adresse des Berichts</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="99" />
      <source>Report language</source>
      <translation>Sprache des Berichts</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="100" />
      <location filename="../../factdesk/gui/export_dialog.py" line="114" />
      <location filename="../../factdesk/gui/source_dialog.py" line="92" />
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="102" />
      <source>HTML, PDF, Markdown, CSV, JSON or schema.org ClaimReview</source>
      <translation>HTML, PDF, Markdown, CSV, JSON oder schema.org-ClaimReview</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="103" />
      <source>Report only claims with this status</source>
      <translation>Nur Behauptungen mit diesem Status berichten</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="104" />
      <source>Report only the claims of this article</source>
      <translation>Nur die Behauptungen dieses Artikels berichten</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="105" />
      <source>Report only claims with this verdict</source>
      <translation>Nur Behauptungen mit dieser Bewertung berichten</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="106" />
      <source>Report only claims of this type</source>
      <translation>Nur Behauptungen dieses Typs berichten</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="107" />
      <source>Report only claims decided on or after this day (YYYY-MM-DD)</source>
      <translation>Nur Behauptungen berichten, die an oder nach diesem Tag entschieden wurden (JJJJ-MM-TT)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="108" />
      <source>Report only claims decided on or before this day (YYYY-MM-DD)</source>
      <translation>Nur Behauptungen berichten, die an oder vor diesem Tag entschieden wurden (JJJJ-MM-TT)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="109" />
      <source>Named in the report and as the author of each ClaimReview</source>
      <translation>Im Bericht und als Autor jedes ClaimReview genannt</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="110" />
      <source>Where the HTML report will be published; each ClaimReview points to this address + #claim-ID</source>
      <translation>Wo der HTML-Bericht veröffentlicht wird; jedes ClaimReview verweist auf diese Adresse + #claim-ID</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="112" />
      <source>The language of the report's words and verdict labels</source>
      <translation>Die Sprache der Wörter und Bewertungen im Bericht</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="114" />
      <source>Where the report is written</source>
      <translation>Wohin der Bericht geschrieben wird</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="115" />
      <source>Choose where the report is written</source>
      <translation>Wählen, wohin der Bericht geschrieben wird</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="120" />
      <source>Export</source>
      <translation>Exportieren</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="130" />
      <source>Any</source>
      <translation>Alle</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="152" />
      <source>Choose the file to write.</source>
      <translation>Wählen Sie die Datei, in die geschrieben wird.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="155" />
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="156" />
      <source>Until</source>
      <translation>Bis</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="165" />
      <source>The folder %1 does not exist.</source>
      <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="167" />
      <source>Set the report address first: ClaimReview needs the address where the HTML report is published.</source>
      <translation>Geben Sie zuerst die Adresse des Berichts an: ClaimReview braucht die Adresse, unter der der HTML-Bericht veröffentlicht wird.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="215" />
      <location filename="../../factdesk/gui/export_dialog.py" line="239" />
      <source>The report could not be written: %1</source>
      <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="234" />
      <source>Wrote %1 from %2 to %3.</source>
      <translation>%1 aus %2 nach %3 geschrieben.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/export_dialog.py" line="241" />
      <source>Writing the report…</source>
      <translation>Bericht wird geschrieben …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="38" />
      <source>Welcome to FactDesk</source>
      <translation>Willkommen bei FactDesk</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="39" />
      <source>Before you start: your name goes into the history of every change you make and into the reports you check or approve. You can change all of this later in Settings.</source>
      <translation>Bevor es losgeht: Ihr Name steht in der Historie jeder Änderung, die Sie machen, und in den Berichten, die Sie prüfen oder freigeben. Alles lässt sich später in den Einstellungen ändern.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="44" />
      <source>e.g. Anna Schmidt</source>
      <translation>z. B. Anna Schmidt</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="46" />
      <source>Checker</source>
      <translation>Prüfer/in</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="47" />
      <source>Team lead (reviews and approves)</source>
      <translation>Leitung (nimmt ab und gibt frei)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="55" />
      <source>On a desk that has leads already, only they can make you a lead.</source>
      <translation>Hat ein Desk schon Leitungen, können nur diese Sie zur Leitung machen.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="58" />
      <source>One file holds all your articles, claims and their history. Keep it on this laptop, never on a network or cloud-synced folder.</source>
      <translation>Eine Datei enthält alle Ihre Artikel, Behauptungen und deren Historie. Bewahren Sie sie auf diesem Laptop auf, nie in einem Netzwerk- oder Cloud-Ordner.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="66" />
      <source>Your name</source>
      <translation>Ihr Name</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="66" />
      <source>Your name, written into the history of every change you make</source>
      <translation>Ihr Name, der in der Historie jeder Ihrer Änderungen steht</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="67" />
      <source>Your role</source>
      <translation>Ihre Rolle</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="67" />
      <source>Checkers check claims; team leads also review and approve</source>
      <translation>Prüfer prüfen Behauptungen; Leitungen nehmen außerdem ab und geben frei</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="68" />
      <source>Desk file</source>
      <translation>Desk-Datei</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="68" />
      <source>The file that holds your desk</source>
      <translation>Die Datei, die Ihren Desk enthält</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="69" />
      <source>Choose desk file</source>
      <translation>Desk-Datei wählen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="69" />
      <source>Choose another place for your desk file</source>
      <translation>Einen anderen Ort für Ihre Desk-Datei wählen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="71" />
      <source>Your &amp;name:</source>
      <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="72" />
      <source>&amp;Role:</source>
      <translation>&amp;Rolle:</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="74" />
      <source>&amp;Desk file:</source>
      <translation>&amp;Desk-Datei:</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="79" />
      <source>Start FactDesk</source>
      <translation>FactDesk starten</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="80" />
      <location filename="../../factdesk/gui/open_desk.py" line="47" />
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="81" />
      <source>Start or quit</source>
      <translation>Starten oder beenden</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="81" />
      <source>Start FactDesk with these answers, or quit</source>
      <translation>FactDesk mit diesen Angaben starten oder beenden</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="95" />
      <source>Choose a desk file</source>
      <translation>Desk-Datei wählen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="96" />
      <source>FactDesk desk (*.sqlite *.db);;All files (*)</source>
      <translation>FactDesk-Desk (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="111" />
      <source>Please enter your name: it is written into the history of every change you make.</source>
      <translation>Bitte geben Sie Ihren Namen ein: Er steht in der Historie jeder Ihrer Änderungen.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/first_run.py" line="115" />
      <source>Please choose where your desk file lives.</source>
      <translation>Bitte wählen Sie, wo Ihre Desk-Datei liegen soll.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="26" />
      <location filename="../../factdesk/gui/help_dialogs.py" line="27" />
      <location filename="../../factdesk/gui/help_dialogs.py" line="28" />
      <location filename="../../factdesk/gui/menus.py" line="260" />
      <location filename="../../factdesk/gui/review_queue.py" line="249" />
      <source>Review queue</source>
      <translation>Abnahme-Warteschlange</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="26" />
      <source>Approve the selected claim</source>
      <translation>Die gewählte Behauptung abnehmen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="27" />
      <source>Return the selected claim to its checker</source>
      <translation>Die gewählte Behauptung an die prüfende Person zurückgeben</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="28" />
      <source>Read the queue from the desk again</source>
      <translation>Die Warteschlange neu aus dem Desk lesen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="29" />
      <location filename="../../factdesk/gui/help_dialogs.py" line="30" />
      <location filename="../../factdesk/gui/reader.py" line="81" />
      <source>Article text</source>
      <translation>Artikeltext</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="29" />
      <source>Select the claim under the pointer</source>
      <translation>Die Behauptung unter dem Mauszeiger wählen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="29" />
      <source>Click</source>
      <translation>Klick</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="30" />
      <source>Mark the selected text as a claim, dismiss a claim or change its type</source>
      <translation>Den markierten Text als Behauptung markieren, eine Behauptung verwerfen oder ihren Typ ändern</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="31" />
      <source>Right-click</source>
      <translation>Rechtsklick</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="32" />
      <source>Lists</source>
      <translation>Listen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="32" />
      <source>Open the chosen article, claim or search hit</source>
      <translation>Den gewählten Artikel, die Behauptung oder den Suchtreffer öffnen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="32" />
      <source>Enter</source>
      <translation>Eingabe</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="64" />
      <location filename="../../factdesk/gui/help_dialogs.py" line="98" />
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="67" />
      <source>Command</source>
      <translation>Befehl</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="67" />
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="85" />
      <source>Find a command or key…</source>
      <translation>Befehl oder Taste suchen …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="88" />
      <source>Find a shortcut</source>
      <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="88" />
      <source>Show only the commands or keys holding these letters</source>
      <translation>Nur Befehle oder Tasten mit diesen Buchstaben zeigen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="98" />
      <source>Every command with its keys, grouped by menu</source>
      <translation>Alle Befehle mit ihren Tasten, nach Menü geordnet</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="131" />
      <source>FactDesk documentation</source>
      <translation>FactDesk-Handbuch</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="137" />
      <source>User guide</source>
      <translation>Handbuch</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="137" />
      <source>How to work with FactDesk; links to web pages open in your browser</source>
      <translation>Wie man mit FactDesk arbeitet; Links zu Webseiten öffnen sich im Browser</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="155" />
      <source>&amp;Documentation</source>
      <translation>&amp;Handbuch</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/help_dialogs.py" line="157" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="45" />
      <source>Import failed for an unknown reason.</source>
      <translation>Der Import ist aus unbekanntem Grund fehlgeschlagen.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="47" />
      <location filename="../../factdesk/gui/import_actions.py" line="51" />
      <source>Import failed: %1</source>
      <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="56" />
      <source>Import cancelled: %1 imported before it stopped</source>
      <translation>Import abgebrochen: %1 vor dem Abbruch importiert</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="58" />
      <source>, %1 already on the desk</source>
      <translation>, %1 schon auf dem Desk</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="60" />
      <source>, %1 failed</source>
      <translation>, %1 fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="80" />
      <source>Open articles</source>
      <translation>Artikel öffnen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="92" />
      <source>Open a folder of articles</source>
      <translation>Ordner mit Artikeln öffnen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="110" />
      <location filename="../../factdesk/gui/import_actions.py" line="114" />
      <location filename="../../factdesk/gui/import_actions.py" line="117" />
      <source>Import</source>
      <translation>Importieren</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="110" />
      <source>Not found: %1</source>
      <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="114" />
      <source>No article files (.txt, .md, .html, .docx, .pdf) found there.</source>
      <translation>Dort wurden keine Artikeldateien (.txt, .md, .html, .docx, .pdf) gefunden.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="117" />
      <source>An import is already running.</source>
      <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="139" />
      <source>Importing %1…</source>
      <translation>%1 wird importiert …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="157" />
      <source>Import failed</source>
      <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="164" />
      <source>Import %1</source>
      <translation>%1 importieren</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="173" />
      <source>The import stopped: %1. What was imported before that is on the desk (%2).</source>
      <translation>Der Import wurde abgebrochen: %1. Was davor importiert wurde, ist auf dem Desk (%2).</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="176" />
      <source>Some files were not imported</source>
      <translation>Einige Dateien wurden nicht importiert</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="178" />
      <source>Imported with replaced characters</source>
      <translation>Importiert, einzelne Zeichen ersetzt</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="197" />
      <source>Already on the desk and put away: %1 brought back.</source>
      <translation>Schon auf dem Desk, aber weggelegt: %1 zurückgeholt.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="214" />
      <location filename="../../factdesk/gui/import_actions.py" line="217" />
      <location filename="../../factdesk/gui/import_actions.py" line="234" />
      <location filename="../../factdesk/gui/import_actions.py" line="239" />
      <source>Paste as new article</source>
      <translation>Als neuen Artikel einfügen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="214" />
      <source>The clipboard holds no text.</source>
      <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="218" />
      <source>The pasted text is too long for one article (%1 characters). Save it as a file and open it instead.</source>
      <translation>Der eingefügte Text ist zu lang für einen Artikel (%1 Zeichen). Speichern Sie ihn als Datei und öffnen Sie diese.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_actions.py" line="242" />
      <source>Finding claims…</source>
      <translation>Behauptungen werden gesucht …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/library_view.py" line="43" />
      <source>Filter articles…</source>
      <translation>Artikel filtern …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/library_view.py" line="45" />
      <source>Filter articles</source>
      <translation>Artikel filtern</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/library_view.py" line="45" />
      <source>Show only the articles whose title or text holds these words</source>
      <translation>Nur Artikel zeigen, deren Titel oder Text diese Wörter enthält</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/library_view.py" line="50" />
      <source>In use</source>
      <translation>In Arbeit</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/library_view.py" line="54" />
      <source>Which articles</source>
      <translation>Welche Artikel</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/library_view.py" line="54" />
      <source>The articles in use, the archived ones, or the deleted ones (which can be restored)</source>
      <translation>Die Artikel in Arbeit, die archivierten oder die gelöschten (wiederherstellbar)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/library_view.py" line="59" />
      <source>Articles</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/library_view.py" line="59" />
      <source>The articles on the desk with their claim counts; choose one to read it</source>
      <translation>Die Artikel des Desks mit der Zahl ihrer Behauptungen; wählen Sie einen zum Lesen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/main_window.py" line="77" />
      <location filename="../../factdesk/gui/main_window.py" line="80" />
      <source>Library</source>
      <translation>Bibliothek</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/main_window.py" line="80" />
      <source>The desk's articles, and all its claims</source>
      <translation>Die Artikel des Desks und alle seine Behauptungen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/main_window.py" line="108" />
      <source>Claims of the article</source>
      <translation>Behauptungen des Artikels</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/main_window.py" line="109" />
      <source>The claims found in the open article; choose one to see it highlighted and check it</source>
      <translation>Die Behauptungen im geöffneten Artikel; wählen Sie eine, um sie markiert zu sehen und zu prüfen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/main_window.py" line="192" />
      <source>Open article</source>
      <translation>Artikel öffnen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/main_window.py" line="279" />
      <source>Already waiting for review.</source>
      <translation>Wartet bereits auf die Abnahme.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/main_window.py" line="293" />
      <location filename="../../factdesk/gui/main_window.py" line="302" />
      <location filename="../../factdesk/gui/reader.py" line="360" />
      <source>Mark as claim</source>
      <translation>Als Behauptung markieren</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/main_window.py" line="302" />
      <source>Select the words of the claim in the article first.</source>
      <translation>Markieren Sie zuerst die Wörter der Behauptung im Artikel.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/main_window.py" line="312" />
      <location filename="../../factdesk/gui/reader.py" line="374" />
      <source>Dismiss claim</source>
      <translation>Behauptung verwerfen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/main_window.py" line="325" />
      <location filename="../../factdesk/gui/shelf_actions.py" line="82" />
      <source>Restore claim</source>
      <translation>Behauptung wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/main_window.py" line="469" />
      <source>Not changed</source>
      <translation>Nicht geändert</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/main_window.py" line="492" />
      <source>Adding the sample articles to your new desk…</source>
      <translation>Die Beispielartikel werden in Ihr neues Desk übernommen …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/main_window.py" line="569" />
      <source>Search</source>
      <translation>Suchen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/main_window.py" line="593" />
      <source>Bundle merged; the undo history before it was cleared.</source>
      <translation>Paket zusammengeführt; der Rückgängig-Verlauf davor wurde geleert.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="42" />
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="43" />
      <source>&amp;Open…</source>
      <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="44" />
      <source>Import article files (text, HTML, Word, PDF)</source>
      <translation>Artikeldateien importieren (Text, HTML, Word, PDF)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="45" />
      <source>Open &amp;Folder…</source>
      <translation>&amp;Ordner öffnen …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="46" />
      <source>Import every article file in a folder and its subfolders</source>
      <translation>Alle Artikeldateien eines Ordners und seiner Unterordner importieren</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="47" />
      <source>&amp;Paste as new article</source>
      <translation>Als neuen Artikel &amp;einfügen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="48" />
      <source>Add &amp;sample articles</source>
      <translation>&amp;Beispielartikel hinzufügen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="49" />
      <source>Two invented articles (German and English) to try FactDesk on; delete them when you are done</source>
      <translation>Zwei erfundene Artikel (deutsch und englisch) zum Ausprobieren; danach wieder löschen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="55" />
      <source>&amp;Export report…</source>
      <translation>Bericht e&amp;xportieren …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="58" />
      <source>Export &amp;bundle…</source>
      <translation>&amp;Paket exportieren …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="59" />
      <source>Write the changes since the last exchange for another desk</source>
      <translation>Die Änderungen seit dem letzten Austausch für einen anderen Desk schreiben</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="60" />
      <source>Export bundle with e&amp;verything…</source>
      <translation>Paket mit &amp;allem exportieren …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="62" />
      <source>Write the whole desk, for a desk that has never exchanged with this one</source>
      <translation>Den ganzen Desk schreiben, für einen Desk, der noch nie mit diesem ausgetauscht hat</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="63" />
      <source>&amp;Import bundle…</source>
      <translation>Paket &amp;importieren …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="64" />
      <source>Merge a bundle written by another desk</source>
      <translation>Ein Paket eines anderen Desks zusammenführen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="68" />
      <source>Import &amp;fact-checks…</source>
      <translation>&amp;Faktenchecks importieren …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="69" />
      <source>Add earlier fact-checks (ClaimReview, JSON Lines, TSV/CSV) to this desk's collection</source>
      <translation>Frühere Faktenchecks (ClaimReview, JSON Lines, TSV/CSV) zur Sammlung dieses Desks hinzufügen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="73" />
      <source>&amp;Settings…</source>
      <translation>Ein&amp;stellungen …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="79" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="84" />
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="85" />
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="88" />
      <source>&amp;Redo</source>
      <translation>&amp;Wiederholen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="96" />
      <source>&amp;Search the desk…</source>
      <translation>Desk durch&amp;suchen …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="99" />
      <source>&amp;Mark selection as claim</source>
      <translation>Auswahl als Behauptung &amp;markieren</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="106" />
      <source>&amp;Article</source>
      <translation>&amp;Artikel</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="107" />
      <source>&amp;Claim</source>
      <translation>Be&amp;hauptung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="108" />
      <source>&amp;Next claim</source>
      <translation>&amp;Nächste Behauptung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="109" />
      <source>&amp;Previous claim</source>
      <translation>&amp;Vorige Behauptung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="113" />
      <source>Set &amp;verdict</source>
      <translation>&amp;Bewertung setzen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="122" />
      <source>No verdict</source>
      <translation>Keine Bewertung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="124" />
      <source>Start &amp;research</source>
      <translation>&amp;Recherche beginnen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="125" />
      <source>Mark &amp;ready for review</source>
      <translation>Bereit zur &amp;Abnahme</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="127" />
      <source>Add &amp;source…</source>
      <translation>&amp;Quelle hinzufügen …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="132" />
      <source>&amp;Dismiss claim</source>
      <translation>Behauptung ver&amp;werfen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="133" />
      <source>Hide a detected claim that is not checkable</source>
      <translation>Eine erkannte, aber nicht prüfbare Behauptung ausblenden</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="134" />
      <source>Res&amp;tore claim</source>
      <translation>Behauptung wieder&amp;herstellen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="135" />
      <source>Show dis&amp;missed claims</source>
      <translation>Verworfene Behauptungen an&amp;zeigen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="144" />
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="146" />
      <source>Claims by &amp;position</source>
      <translation>Behauptungen nach &amp;Position</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="147" />
      <source>Claims by check-&amp;worthiness</source>
      <translation>Behauptungen nach &amp;Prüfwürdigkeit</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="152" />
      <source>Only &amp;returned claims</source>
      <translation>Nur &amp;zurückgegebene Behauptungen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="153" />
      <source>List only the claims a lead returned, with what to fix</source>
      <translation>Nur die Behauptungen zeigen, die eine Leitung zurückgegeben hat, mit dem, was zu ändern ist</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="157" />
      <source>&amp;Library</source>
      <translation>&amp;Bibliothek</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="158" />
      <source>&amp;All claims</source>
      <translation>&amp;Alle Behauptungen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="162" />
      <source>&amp;Review</source>
      <translation>Ab&amp;nahme</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="163" />
      <source>Review &amp;queue</source>
      <translation>Abnahme-&amp;Warteschlange</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="166" />
      <source>For team leads (Settings → Role)</source>
      <translation>Für die Teamleitung (Einstellungen → Rolle)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="168" />
      <source>&amp;Conflicts…</source>
      <translation>&amp;Konflikte …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="169" />
      <source>Edits from a bundle that clashed with this desk's: take the other value or keep yours</source>
      <translation>Änderungen aus einem Paket, die mit denen dieses Desks kollidieren: den anderen Wert übernehmen oder Ihren behalten</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="172" />
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="176" />
      <source>&amp;About FactDesk</source>
      <translation>&amp;Über FactDesk</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="179" />
      <source>Main toolbar</source>
      <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="234" />
      <source>Open desk</source>
      <translation>Desk öffnen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="300" />
      <source>About FactDesk</source>
      <translation>Über FactDesk</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/menus.py" line="301" />
      <source>FactDesk %1 — find checkable claims in news, research them, decide, report.</source>
      <translation>FactDesk %1 – prüfbare Behauptungen in Nachrichten finden, recherchieren, bewerten, berichten.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/open_desk.py" line="29" />
      <source>FactDesk cannot open the desk “%1”: %2.</source>
      <translation>FactDesk kann den Desk „%1“ nicht öffnen: %2.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/open_desk.py" line="39" />
      <source>Cannot open the desk</source>
      <translation>Desk kann nicht geöffnet werden</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/open_desk.py" line="42" />
      <source>Your other desks are not affected. Choose another desk, create a new one, or quit.</source>
      <translation>Ihre anderen Desks sind nicht betroffen. Wählen Sie einen anderen Desk, legen Sie einen neuen an oder beenden Sie FactDesk.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/open_desk.py" line="45" />
      <source>Choose another desk…</source>
      <translation>Anderen Desk wählen …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/open_desk.py" line="46" />
      <source>Create a new desk…</source>
      <translation>Neuen Desk anlegen …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/open_desk.py" line="67" />
      <source>Choose a desk</source>
      <translation>Desk wählen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/open_desk.py" line="74" />
      <source>Create a new desk</source>
      <translation>Neuen Desk anlegen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/reader.py" line="81" />
      <source>The article with its claims highlighted by type; click a highlight to select the claim, select text to mark a claim</source>
      <translation>Der Artikel mit seinen Behauptungen, farbig nach Typ; ein Klick auf eine Markierung wählt die Behauptung, markierter Text lässt sich als Behauptung festhalten</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/reader.py" line="415" />
      <source>Show or hide claims of this type</source>
      <translation>Behauptungen dieses Typs ein- oder ausblenden</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/reader.py" line="444" />
      <location filename="../../factdesk/gui/reader.py" line="445" />
      <source>Dim sentences scoring below</source>
      <translation>Sätze abblenden unter</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/reader.py" line="446" />
      <source>Grey out the sentences that are less likely worth checking (check-worthiness below the threshold)</source>
      <translation>Sätze grau zeigen, die eher nicht prüfenswert sind (Prüfwürdigkeit unter der Schwelle)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/reader.py" line="456" />
      <source>Check-worthiness threshold</source>
      <translation>Schwelle der Prüfwürdigkeit</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/reader.py" line="457" />
      <source>Sentences scoring below this (0 to 1) are dimmed; 0.5 or more means worth checking</source>
      <translation>Sätze unter diesem Wert (0 bis 1) werden abgeblendet; ab 0,5 gilt ein Satz als prüfenswert</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/reader.py" line="518" />
      <source>No article open</source>
      <translation>Kein Artikel geöffnet</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/reader.py" line="519" />
      <source>Choose an article in the library, or import one with File → Open or by dropping files on this window.</source>
      <translation>Wählen Sie einen Artikel in der Bibliothek oder importieren Sie einen mit Datei → Öffnen oder indem Sie Dateien auf dieses Fenster ziehen.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/reader.py" line="578" />
      <source>German</source>
      <translation>Deutsch</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/reader.py" line="578" />
      <source>English</source>
      <translation>Englisch</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/reader.py" line="579" />
      <source>1 claim</source>
      <translation>1 Behauptung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/reader.py" line="579" />
      <source>%1 claims</source>
      <translation>%1 Behauptungen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="17" />
      <source>approve</source>
      <translation>freigeben</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="17" />
      <source>return</source>
      <translation>zurückgeben</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="17" />
      <source>reopen</source>
      <translation>wieder öffnen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="27" />
      <source>an unknown time</source>
      <translation>einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="32" />
      <source>you set its verdict yourself, so a second person must approve it</source>
      <translation>Sie haben die Bewertung selbst gesetzt, also muss eine zweite Person sie freigeben</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="33" />
      <source>its verdict rests on no source</source>
      <translation>die Bewertung stützt sich auf keine Quelle</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="34" />
      <source>it has no rationale</source>
      <translation>es fehlt eine Begründung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="36" />
      <source>Not approved (four-eyes rule): %1.</source>
      <translation>Nicht freigegeben (Vier-Augen-Prinzip): %1.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="44" />
      <source>Not changed: this claim is approved and locked. A lead can reopen it in the review queue.</source>
      <translation>Nicht geändert: Diese Behauptung ist freigegeben und gesperrt. Die Teamleitung kann sie in der Abnahme-Warteschlange wieder öffnen.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="46" />
      <source>Not changed: set a verdict first, then mark the claim ready for review.</source>
      <translation>Nicht geändert: Setzen Sie zuerst eine Bewertung und markieren Sie die Behauptung dann als bereit zur Abnahme.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="48" />
      <source>Not changed: only a lead's review can approve or return a claim.</source>
      <translation>Nicht geändert: Nur die Abnahme durch die Teamleitung kann eine Behauptung freigeben oder zurückgeben.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="50" />
      <source>Not changed: a claim cannot go from “%1” to “%2”.</source>
      <translation>Nicht geändert: Eine Behauptung kann nicht von „%1“ zu „%2“ wechseln.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="53" />
      <source>Not changed: only a claim that is “%1” can be given “%2”; this one is “%3”.</source>
      <translation>Nicht geändert: „%2“ geht nur bei einer Behauptung mit dem Status „%1“; diese hat „%3“.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="57" />
      <source>Not changed: say in a comment what the checker should fix.</source>
      <translation>Nicht geändert: Schreiben Sie in einem Kommentar, was der Prüfer ändern soll.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="62" />
      <source>Not changed: only a lead of this desk can do this. Leads: %1.</source>
      <translation>Nicht geändert: Das kann nur eine Leitung dieses Desks. Leitungen: %1.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="63" />
      <source>Not changed: only a lead of this desk can do this.</source>
      <translation>Nicht geändert: Das kann nur eine Leitung dieses Desks.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="65" />
      <source>Not undone: this was done by %1; only they can undo it.</source>
      <translation>Nicht rückgängig gemacht: Das hat %1 getan; nur diese Person kann es rückgängig machen.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="67" />
      <source>Not changed: a desk keeps at least one lead. Add another lead first.</source>
      <translation>Nicht geändert: Ein Desk behält mindestens eine Leitung. Tragen Sie erst eine weitere ein.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="69" />
      <source>Not changed: this claim is not grouped with the same claim in other articles.</source>
      <translation>Nicht geändert: Diese Behauptung ist nicht mit derselben Behauptung in anderen Artikeln gruppiert.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="71" />
      <source>Not changed: this claim is grouped with the same claim in other articles already.</source>
      <translation>Nicht geändert: Diese Behauptung ist bereits mit derselben Behauptung in anderen Artikeln gruppiert.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="73" />
      <source>Not changed: the claims it was grouped with have all been taken out of the group since.</source>
      <translation>Nicht geändert: Die Behauptungen, mit denen sie gruppiert war, wurden inzwischen alle aus der Gruppe genommen.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="75" />
      <source>Not saved: this claim was changed by %1 at %2 since you opened it. It was reloaded; please redo your change.</source>
      <translation>Nicht gespeichert: %1 hat diese Behauptung am %2 geändert, seit Sie sie geöffnet haben. Sie wurde neu geladen; bitte nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="77" />
      <location filename="../../factdesk/gui/typing_conflict.py" line="70" />
      <source>someone else</source>
      <translation>jemand anderes</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="87" />
      <source>The desk file is read-only. Check the file's permissions, or choose another desk.</source>
      <translation>Die Desk-Datei ist schreibgeschützt. Prüfen Sie die Dateirechte oder wählen Sie einen anderen Desk.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="89" />
      <source>The desk's folder is read-only, so the desk can be read but not changed. Make the folder writable, or move the desk.</source>
      <translation>Der Ordner des Desks ist schreibgeschützt: Der Desk lässt sich lesen, aber nicht ändern. Machen Sie den Ordner beschreibbar oder verschieben Sie den Desk.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="92" />
      <source>The desk is busy: another program has kept it locked. Try again when it has finished.</source>
      <translation>Der Desk ist belegt: Ein anderes Programm hält ihn gesperrt. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="94" />
      <source>The desk cannot be written: the disk is full. Free some space and try again.</source>
      <translation>Der Desk kann nicht gespeichert werden: Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/refusals.py" line="96" />
      <source>The desk cannot be read or written (disk I/O error). Is the drive still attached?</source>
      <translation>Der Desk kann nicht gelesen oder geschrieben werden (Ein-/Ausgabefehler). Ist das Laufwerk noch angeschlossen?</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_banner.py" line="50" />
      <source>Shown until you work on the claim again.</source>
      <translation>Wird angezeigt, bis Sie die Behauptung weiterbearbeiten.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_banner.py" line="57" />
      <source>Returned in review</source>
      <translation>Bei der Prüfung zurückgegeben</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_banner.py" line="57" />
      <source>Who returned this claim, when, and what to fix</source>
      <translation>Wer diese Behauptung wann zurückgegeben hat und was zu ändern ist</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_banner.py" line="75" />
      <source>Returned by %1 on %2</source>
      <translation>Zurückgegeben von %1 am %2</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_banner.py" line="77" />
      <source>“%1”</source>
      <comment>quotation marks around a quoted comment</comment>
      <translation>„%1“</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="181" />
      <source>Approved: locked against edits until a lead reopens it</source>
      <translation>Freigegeben: gegen Änderungen gesperrt, bis die Teamleitung sie wieder öffnet</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="212" />
      <source>Ready for review</source>
      <translation>Bereit zur Abnahme</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="213" />
      <source>Approved (locked)</source>
      <translation>Freigegeben (gesperrt)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="214" />
      <source>Returned</source>
      <translation>Zurückgegeben</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="216" />
      <source>Approve (A)</source>
      <translation>Freigeben (A)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="217" />
      <source>Return… (R)</source>
      <translation>Zurückgeben … (R)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="218" />
      <source>Reopen…</source>
      <translation>Wieder öffnen …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="219" />
      <source>Approve anyway…</source>
      <translation>Trotzdem freigeben …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="220" />
      <location filename="../../factdesk/gui/review_queue.py" line="224" />
      <source>Approve against the four-eyes rule; your reason is recorded</source>
      <translation>Entgegen dem Vier-Augen-Prinzip freigeben; Ihre Begründung wird festgehalten</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="223" />
      <location filename="../../factdesk/gui/review_queue.py" line="442" />
      <source>Approve anyway</source>
      <translation>Trotzdem freigeben</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="225" />
      <location filename="../../factdesk/gui/review_stats.py" line="93" />
      <source>Refresh</source>
      <translation>Aktualisieren</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="226" />
      <source>Read the queue from the desk again (F5)</source>
      <translation>Warteschlange neu vom Desk lesen (F5)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="228" />
      <location filename="../../factdesk/gui/review_queue.py" line="296" />
      <source>Queue</source>
      <translation>Warteschlange</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="228" />
      <source>Claims waiting for review, the approved ones, or the returned ones</source>
      <translation>Behauptungen, die auf Abnahme warten, die freigegebenen oder die zurückgegebenen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="229" />
      <source>Approve the selected claim's verdict; it is locked until reopened</source>
      <translation>Die Bewertung der gewählten Behauptung abnehmen; sie ist dann gesperrt, bis sie wieder geöffnet wird</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="230" />
      <source>Send the claim back to its checker with a comment</source>
      <translation>Die Behauptung mit einem Kommentar an die prüfende Person zurückgeben</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="231" />
      <source>Unlock an approved claim so it can be changed, with a comment</source>
      <translation>Eine abgenommene Behauptung mit einem Kommentar wieder zur Bearbeitung freigeben</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="249" />
      <source>Claims by article; A approves, R returns the selected one</source>
      <translation>Behauptungen nach Artikel; A nimmt die gewählte ab, R gibt sie zurück</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="256" />
      <source>The selected claim's text</source>
      <translation>Der Text der gewählten Behauptung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="257" />
      <source>The checker's rationale for the verdict</source>
      <translation>Die Begründung der Bewertung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="262" />
      <source>The sources the verdict rests on</source>
      <translation>Die Quellen, auf denen die Bewertung beruht</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="263" />
      <source>Every change to the claim: who changed what, and when</source>
      <translation>Jede Änderung der Behauptung: wer was wann geändert hat</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="297" />
      <location filename="../../factdesk/gui/review_stats.py" line="96" />
      <source>Counts</source>
      <translation>Zahlen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="366" />
      <source>🔒 Approved: locked against edits until reopened</source>
      <translation>🔒 Freigegeben: gegen Änderungen gesperrt, bis sie wieder geöffnet wird</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="370" />
      <source>In the article: %1</source>
      <translation>Im Artikel: %1</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="404" />
      <source>Approve</source>
      <translation>Freigeben</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="404" />
      <source>Return</source>
      <translation>Zurückgeben</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="404" />
      <source>Reopen</source>
      <translation>Wieder öffnen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="419" />
      <source>Undo with Ctrl+Z.</source>
      <translation>Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="420" />
      <source>Approved and locked.</source>
      <translation>Freigegeben und gesperrt.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="421" />
      <source>Returned to the checker.</source>
      <translation>An die Prüferin/den Prüfer zurückgegeben.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="422" />
      <source>Reopened: the checker can edit it again.</source>
      <translation>Wieder geöffnet: Sie kann wieder bearbeitet werden.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="443" />
      <source>Why do you approve it against the four-eyes rule? The reason is recorded.</source>
      <translation>Warum geben Sie entgegen dem Vier-Augen-Prinzip frei? Die Begründung wird festgehalten.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="444" />
      <source>Please give the reason; it is kept with the approval.</source>
      <translation>Bitte nennen Sie den Grund; er wird mit der Freigabe gespeichert.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="452" />
      <source>Return claim</source>
      <translation>Behauptung zurückgeben</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="452" />
      <source>What should the checker change?</source>
      <translation>Was soll geändert werden?</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="460" />
      <source>Reopen claim</source>
      <translation>Behauptung wieder öffnen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_queue.py" line="460" />
      <source>Why is this claim reopened?</source>
      <translation>Warum wird diese Behauptung wieder geöffnet?</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_stats.py" line="41" />
      <source>Whole desk</source>
      <translation>Ganzer Desk</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_stats.py" line="95" />
      <source>Count again from the desk</source>
      <translation>Neu aus dem Desk zählen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_stats.py" line="96" />
      <source>Claims by status and verdict, for the desk and per checker</source>
      <translation>Behauptungen nach Status und Bewertung, für den Desk und je Person</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/review_stats.py" line="98" />
      <source>Claims by status and verdict, for the desk and per checker (assignee).</source>
      <translation>Behauptungen nach Status und Bewertung, für den Desk und je Zuständige(n).</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/shelf_actions.py" line="24" />
      <source>&amp;Archive article</source>
      <translation>Artikel &amp;archivieren</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/shelf_actions.py" line="25" />
      <source>Put the open article out of the way: out of the lists, search and exports</source>
      <translation>Den offenen Artikel beiseitelegen: aus Listen, Suche und Exporten heraus</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/shelf_actions.py" line="26" />
      <source>&amp;Delete article…</source>
      <translation>Artikel &amp;löschen …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/shelf_actions.py" line="27" />
      <source>Move the open article to the bin (it can be restored)</source>
      <translation>Den offenen Artikel in den Papierkorb legen (wiederherstellbar)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/shelf_actions.py" line="28" />
      <source>Res&amp;tore article</source>
      <translation>Artikel &amp;wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/shelf_actions.py" line="29" />
      <source>Bring the archived or deleted article back</source>
      <translation>Den archivierten oder gelöschten Artikel zurückholen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/shelf_actions.py" line="32" />
      <source>Archi&amp;ve claim</source>
      <translation>Behauptung archi&amp;vieren</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/shelf_actions.py" line="33" />
      <source>Put the claim out of the way: out of the lists, counts and exports</source>
      <translation>Die Behauptung beiseitelegen: aus Listen, Zählungen und Exporten heraus</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/shelf_actions.py" line="34" />
      <source>De&amp;lete claim</source>
      <translation>Behauptung lö&amp;schen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/shelf_actions.py" line="35" />
      <source>Move the claim to the bin (Show dismissed claims lists it to restore)</source>
      <translation>Die Behauptung in den Papierkorb legen („Verworfene anzeigen“ listet sie zum Wiederherstellen)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/shelf_actions.py" line="63" />
      <location filename="../../factdesk/gui/shelf_actions.py" line="67" />
      <source>Delete article</source>
      <translation>Artikel löschen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/shelf_actions.py" line="64" />
      <source>Move “%1” and its claims to the bin? They leave the lists, search and exports; the library's Deleted list can restore them.</source>
      <translation>„%1“ und seine Behauptungen in den Papierkorb legen? Sie verschwinden aus Listen, Suche und Exporten; die Liste „Gelöscht“ der Bibliothek stellt sie wieder her.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/shelf_actions.py" line="67" />
      <source>Archive article</source>
      <translation>Artikel archivieren</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/shelf_actions.py" line="67" />
      <source>Restore article</source>
      <translation>Artikel wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/shelf_actions.py" line="71" />
      <source>Moved to the bin</source>
      <translation>In den Papierkorb gelegt</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/shelf_actions.py" line="71" />
      <source>Restored</source>
      <translation>Wiederhergestellt</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/shelf_actions.py" line="72" />
      <source>Ctrl+Z undoes it.</source>
      <translation>Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/shelf_actions.py" line="82" />
      <source>Archive claim</source>
      <translation>Behauptung archivieren</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/shelf_actions.py" line="82" />
      <source>Delete claim</source>
      <translation>Behauptung löschen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="35" />
      <location filename="../../factdesk/gui/source_dialog.py" line="148" />
      <source>Give a web address or attach a file.</source>
      <translation>Geben Sie eine Webadresse an oder hängen Sie eine Datei an.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="40" />
      <source>The web address must start with http:// or https:// and name a site, e.g. https://www.destatis.de/…</source>
      <translation>Die Webadresse muss mit http:// oder https:// beginnen und eine Website nennen, z. B. https://www.destatis.de/…</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="42" />
      <location filename="../../factdesk/gui/source_dialog.py" line="89" />
      <source>Published</source>
      <translation>Veröffentlicht</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="42" />
      <location filename="../../factdesk/gui/source_dialog.py" line="90" />
      <source>Accessed</source>
      <translation>Abgerufen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="45" />
      <source>%1 must be a date written as YYYY-MM-DD.</source>
      <translation>%1 muss ein Datum in der Form JJJJ-MM-TT sein.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="48" />
      <source>A source cannot be published after you accessed it.</source>
      <translation>Eine Quelle kann nicht nach Ihrem Abruf veröffentlicht worden sein.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="52" />
      <source>The attached file does not exist: %1</source>
      <translation>Die angehängte Datei gibt es nicht: %1</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="54" />
      <source>The attached file is larger than 100 MB.</source>
      <translation>Die angehängte Datei ist größer als 100 MB.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="69" />
      <source>e.g. Statistisches Bundesamt</source>
      <translation>z. B. Statistisches Bundesamt</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="75" />
      <location filename="../../factdesk/gui/source_dialog.py" line="99" />
      <source>The passage that supports or contradicts the claim</source>
      <translation>Die Passage, die die Behauptung stützt oder widerlegt</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="77" />
      <location filename="../../factdesk/gui/source_dialog.py" line="157" />
      <source>No file attached</source>
      <translation>Keine Datei angehängt</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="79" />
      <source>Attach file…</source>
      <translation>Datei anhängen …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="86" />
      <source>Web address</source>
      <translation>Webadresse</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="87" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="88" />
      <source>Publisher</source>
      <translation>Herausgeber</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="91" />
      <source>Excerpt</source>
      <translation>Auszug</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="94" />
      <source>The web address of the source (http or https)</source>
      <translation>Die Webadresse der Quelle (http oder https)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="95" />
      <source>The title of the page or document</source>
      <translation>Der Titel der Seite oder des Dokuments</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="96" />
      <source>Who published the source</source>
      <translation>Wer die Quelle veröffentlicht hat</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="97" />
      <source>When the source was published (YYYY-MM-DD)</source>
      <translation>Wann die Quelle veröffentlicht wurde (JJJJ-MM-TT)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="98" />
      <source>When you read it (YYYY-MM-DD)</source>
      <translation>Wann Sie sie gelesen haben (JJJJ-MM-TT)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="101" />
      <source>Keep a copy of a file (a PDF, a screenshot) with this source on the desk</source>
      <translation>Eine Kopie einer Datei (PDF, Bildschirmfoto) mit dieser Quelle auf dem Desk ablegen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/source_dialog.py" line="126" />
      <source>Attach a file to this source</source>
      <translation>Eine Datei an diese Quelle anhängen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/typing_conflict.py" line="41" />
      <location filename="../../factdesk/gui/typing_conflict.py" line="44" />
      <source>Keep both</source>
      <translation>Beide behalten</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/typing_conflict.py" line="42" />
      <location filename="../../factdesk/gui/typing_conflict.py" line="46" />
      <source>Keep mine</source>
      <translation>Meine behalten</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/typing_conflict.py" line="43" />
      <location filename="../../factdesk/gui/typing_conflict.py" line="48" />
      <source>Take theirs</source>
      <translation>Ihre übernehmen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/typing_conflict.py" line="45" />
      <source>Put their rationale above yours in the editor and save both</source>
      <translation>Die andere Begründung über Ihre in den Editor setzen und beide speichern</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/typing_conflict.py" line="47" />
      <source>Save your rationale in place of theirs; theirs stays in the claim's history</source>
      <translation>Ihre Begründung statt der anderen speichern; die andere bleibt in der Historie der Behauptung</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/typing_conflict.py" line="49" />
      <source>Show their rationale in the editor; Ctrl+Z in the editor brings yours back</source>
      <translation>Die andere Begründung im Editor zeigen; Strg+Z im Editor holt Ihre zurück</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/typing_conflict.py" line="67" />
      <source>%1 saved another rationale at %2 while you were typing: “%3”.</source>
      <translation>%1 hat am %2 eine andere Begründung gespeichert, während Sie tippten: „%3“.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/typing_conflict.py" line="69" />
      <source>%1 removed the rationale at %2 while you were typing.</source>
      <translation>%1 hat am %2 die Begründung entfernt, während Sie tippten.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/typing_conflict.py" line="71" />
      <source>Your text stays in the editor and is not saved yet.</source>
      <translation>Ihr Text bleibt im Editor und ist noch nicht gespeichert.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/worthiness_box.py" line="106" />
      <source>Raised by: %1</source>
      <translation>Dafür spricht: %1</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/worthiness_box.py" line="108" />
      <source>Lowered by: %1</source>
      <translation>Dagegen spricht: %1</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="4" />
      <source>Export bundle</source>
      <translation>Paket exportieren</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="5" />
      <source>Import bundle</source>
      <translation>Paket importieren</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="6" />
      <source>Bundle written</source>
      <translation>Paket geschrieben</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="7" />
      <source>Writing the bundle…</source>
      <translation>Paket wird geschrieben …</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="8" />
      <source>Bundle imported</source>
      <translation>Paket importiert</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="9" />
      <source>Merging the bundle…</source>
      <translation>Paket wird zusammengeführt …</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="11" />
      <source>Field</source>
      <translation>Feld</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="12" />
      <source>Kept value</source>
      <translation>Behaltener Wert</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="13" />
      <source>Kept by</source>
      <translation>Behalten von</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="14" />
      <source>Other value</source>
      <translation>Anderer Wert</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="15" />
      <source>Other by</source>
      <translation>Anderer von</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="16" />
      <source>Found</source>
      <translation>Gefunden</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="17" />
      <source>Take the other value</source>
      <translation>Anderen Wert übernehmen</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="18" />
      <source>Keep this value</source>
      <translation>Diesen Wert behalten</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="19" />
      <source>Conflicts</source>
      <translation>Konflikte</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="20" />
      <source>Edits from a bundle that clashed with this desk's: the field, this desk's value and the other value</source>
      <translation>Änderungen aus einem Paket, die mit denen dieses Desks kollidierten: das Feld, der Wert dieses Desks und der andere Wert</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="21" />
      <source>Replace this desk's value with the one from the bundle</source>
      <translation>Den Wert dieses Desks durch den aus dem Paket ersetzen</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="22" />
      <source>Keep this desk's value and close the conflict</source>
      <translation>Den Wert dieses Desks behalten und den Konflikt schließen</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="23" />
      <source>No conflicts: every merge was clear.</source>
      <translation>Keine Konflikte: Jede Zusammenführung war eindeutig.</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="24" />
      <source>New articles</source>
      <translation>Neue Artikel</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="25" />
      <source>New claims</source>
      <translation>Neue Behauptungen</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="26" />
      <source>Verdicts changed</source>
      <translation>Geänderte Bewertungen</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="27" />
      <source>Show conflicts…</source>
      <translation>Konflikte anzeigen …</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="28" />
      <source>Rating</source>
      <translation>Urteil</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="29" />
      <source>Fact-check</source>
      <translation>Faktencheck</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="30" />
      <source>#</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="35" />
      <source>Score</source>
      <translation>Prüfwürdigkeit</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="42" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="43" />
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="44" />
      <source>Start</source>
      <translation>Anfang</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="45" />
      <source>End</source>
      <translation>Ende</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="46" />
      <source>Setting</source>
      <translation>Einstellung</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="47" />
      <source>Review</source>
      <translation>Prüfung</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="48" />
      <source>Review comment</source>
      <translation>Prüfkommentar</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="49" />
      <source>Four-eyes rule overridden</source>
      <translation>Vier-Augen-Prinzip übergangen</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="51" />
      <source>Source address</source>
      <translation>Quellenadresse</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="52" />
      <source>Source title</source>
      <translation>Quellentitel</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="58" />
      <source>Kind of source</source>
      <translation>Art der Quelle</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="59" />
      <source>Claim removed</source>
      <translation>Behauptung entfernt</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="60" />
      <source>Source removed</source>
      <translation>Quelle entfernt</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="61" />
      <source>Article removed</source>
      <translation>Artikel entfernt</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="63" />
      <source>Approved in review</source>
      <translation>Bei der Prüfung abgenommen</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="65" />
      <source>Reopened</source>
      <translation>Wieder geöffnet</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="66" />
      <source>Review undone</source>
      <translation>Abnahme rückgängig gemacht</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="67" />
      <source>Claim created</source>
      <translation>Behauptung erstellt</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="68" />
      <source>Article imported</source>
      <translation>Artikel importiert</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="70" />
      <source>HTML report (one file, prints well)</source>
      <translation>HTML-Bericht (eine Datei, gut druckbar)</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="71" />
      <source>PDF report</source>
      <translation>PDF-Bericht</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="72" />
      <source>Markdown</source>
      <translation>Markdown</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="73" />
      <source>CSV table (one row per claim)</source>
      <translation>CSV-Tabelle (eine Zeile je Behauptung)</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="74" />
      <source>JSON (everything, documented schema)</source>
      <translation>JSON (alles, dokumentiertes Schema)</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="75" />
      <source>ClaimReview JSON-LD (schema.org)</source>
      <translation>ClaimReview JSON-LD (schema.org)</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="77" />
      <source>Outlet</source>
      <translation>Medium</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="78" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="79" />
      <source>Lang.</source>
      <translation>Spr.</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="80" />
      <source>Claims</source>
      <translation>Behauptungen</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="81" />
      <source>Open claims</source>
      <translation>Offene Behauptungen</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="82" />
      <source>Decided</source>
      <translation>Entschieden</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="83" />
      <source>Open</source>
      <comment>short library column header: number of claims / not yet decided</comment>
      <translation>Offen</translation>
    </message>
    <message>
      <location filename=".table_strings.py" line="84" />
      <source>Claims</source>
      <comment>short library column header: number of claims / not yet decided</comment>
      <translation>Anzahl</translation>
    </message>
  </context>
  <context>
    <name>ImportProgressDialog</name>
    <message>
      <location filename="../../factdesk/gui/import_dialog.py" line="70" />
      <source>Preparing import…</source>
      <translation>Import wird vorbereitet …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_dialog.py" line="70" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_dialog.py" line="71" />
      <source>Importing articles</source>
      <translation>Artikel werden importiert</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_dialog.py" line="96" />
      <source>{0}
{1} of {2}</source>
      <translation>{0}
{1} von {2}</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_dialog.py" line="98" />
      <source>Saving… {0} of {1}</source>
      <translation>Wird gespeichert … {0} von {1}</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_dialog.py" line="106" />
      <source>Stopping after the current article…</source>
      <translation>Stoppt nach dem aktuellen Artikel …</translation>
    </message>
  </context>
  <context>
    <name>Op</name>
    <message>
      <location filename="../../factdesk/gui/workers.py" line="222" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
  </context>
  <context>
    <name>PasteDialog</name>
    <message>
      <location filename="../../factdesk/gui/import_dialog.py" line="122" />
      <source>Paste as new article</source>
      <translation>Als neuen Artikel einfügen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_dialog.py" line="125" />
      <source>Optional</source>
      <translation>Optional</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_dialog.py" line="127" />
      <source>Detect automatically</source>
      <translation>Automatisch erkennen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_dialog.py" line="131" />
      <source>Paste the article text here.</source>
      <translation>Fügen Sie hier den Text des Artikels ein.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_dialog.py" line="138" />
      <source>&amp;Title:</source>
      <translation>&amp;Titel:</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_dialog.py" line="139" />
      <source>&amp;Language:</source>
      <translation>&amp;Sprache:</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_dialog.py" line="141" />
      <source>The article's title; left empty, its first line is used</source>
      <translation>Der Titel des Artikels; leer bleibt die erste Zeile</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_dialog.py" line="142" />
      <source>German or English, or let FactDesk tell</source>
      <translation>Deutsch oder Englisch, oder FactDesk erkennt es</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_dialog.py" line="144" />
      <source>Article text</source>
      <translation>Artikeltext</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_dialog.py" line="144" />
      <source>The text of the article to add to the desk</source>
      <translation>Der Text des Artikels, der auf den Desk kommt</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_dialog.py" line="146" />
      <source>Add article</source>
      <translation>Artikel hinzufügen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_dialog.py" line="171" />
      <source>There is no text to add. Paste the article text first.</source>
      <translation>Es gibt keinen Text zum Hinzufügen. Fügen Sie zuerst den Text des Artikels ein.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/import_dialog.py" line="174" />
      <source>The text is too large ({0} MB); one article may have at most {1} MB.</source>
      <translation>Der Text ist zu groß ({0} MB); ein Artikel darf höchstens {1} MB haben.</translation>
    </message>
  </context>
  <context>
    <name>SearchDialog</name>
    <message>
      <location filename="../../factdesk/gui/search_dialog.py" line="384" />
      <source>Search the desk</source>
      <translation>Desk durchsuchen</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <location filename="../../factdesk/gui/search_dialog.py" line="241" />
      <source>Search articles, claims, rationales and sources…</source>
      <translation>Artikel, Behauptungen, Begründungen und Quellen durchsuchen …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/search_dialog.py" line="244" />
      <source>Search the desk</source>
      <translation>Desk durchsuchen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/search_dialog.py" line="245" />
      <source>Words to find in articles, claims, rationales and sources; "phrases", OR and -word work</source>
      <translation>Wörter, die in Artikeln, Behauptungen, Begründungen und Quellen gesucht werden; "Wortfolgen", OR und -Wort sind möglich</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/search_dialog.py" line="254" />
      <source>Search results</source>
      <translation>Suchergebnisse</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/search_dialog.py" line="254" />
      <source>Hits grouped by articles, claims and sources; press Enter to open one</source>
      <translation>Treffer nach Artikeln, Behauptungen und Quellen; Eingabe öffnet einen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/search_dialog.py" line="297" />
      <source>Open a desk to search it.</source>
      <translation>Öffnen Sie einen Desk, um ihn zu durchsuchen.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/search_dialog.py" line="308" />
      <source>Searching…</source>
      <translation>Suche läuft …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/search_dialog.py" line="319" />
      <source>1 result</source>
      <translation>1 Treffer</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/search_dialog.py" line="319" />
      <source>{0} results</source>
      <translation>{0} Treffer</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/search_dialog.py" line="323" />
      <source>Nothing found for “{0}”.</source>
      <translation>Nichts gefunden für „{0}“.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/search_dialog.py" line="331" />
      <source>Type at least one word to search for.</source>
      <translation>Geben Sie mindestens ein Wort ein, nach dem gesucht werden soll.</translation>
    </message>
  </context>
  <context>
    <name>SearchResultsModel</name>
    <message numerus="yes">
      <location filename="../../factdesk/gui/search_dialog.py" line="69" />
      <source>Articles (%n)</source>
      <translation>
        <numerusform>Artikel (%n)</numerusform>
        <numerusform>Artikel (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../factdesk/gui/search_dialog.py" line="70" />
      <source>Claims (%n)</source>
      <translation>
        <numerusform>Behauptungen (%n)</numerusform>
        <numerusform>Behauptungen (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../factdesk/gui/search_dialog.py" line="71" />
      <source>Sources (%n)</source>
      <translation>
        <numerusform>Quellen (%n)</numerusform>
        <numerusform>Quellen (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/search_dialog.py" line="148" />
      <source>Match</source>
      <translation>Fundstelle</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/search_dialog.py" line="150" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="44" />
      <source>The report address must be a web address starting with http:// or https:// (for example https://example.org/checks/), not “{0}”.</source>
      <translation>Die Berichtsadresse muss eine Webadresse sein, die mit http:// oder https:// beginnt (zum Beispiel https://example.org/checks/), nicht „{0}“.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="56" />
      <source>This is a folder; choose or name a desk file inside it.</source>
      <translation>Das ist ein Ordner; wählen oder benennen Sie eine Desk-Datei darin.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="59" />
      <source>The folder {0} does not exist.</source>
      <translation>Den Ordner {0} gibt es nicht.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="65" />
      <source>Cannot read {0}: {1}</source>
      <translation>{0} kann nicht gelesen werden: {1}</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="68" />
      <source>{0} is not a FactDesk desk (not an SQLite file).</source>
      <translation>{0} ist kein FactDesk-Desk (keine SQLite-Datei).</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="85" />
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="90" />
      <source>e.g. Anna Schmidt</source>
      <translation>z. B. Anna Schmidt</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="92" />
      <source>Checker</source>
      <translation>Prüfer/in</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="93" />
      <source>Team lead (reviews and approves)</source>
      <translation>Teamleitung (nimmt ab und gibt frei)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="103" />
      <source>Choose…</source>
      <translation>Auswählen …</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="111" />
      <location filename="../../factdesk/gui/settings_dialog.py" line="116" />
      <source>System</source>
      <translation>System</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="117" />
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="118" />
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="122" />
      <source>e.g. Faktencheck Nord</source>
      <translation>z. B. Faktencheck Nord</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="123" />
      <source>Named as the author of every ClaimReview in the reports.</source>
      <translation>Wird in den Berichten als Autor jedes ClaimReview genannt.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="126" />
      <source>Where the reports are published; each ClaimReview points to this address + #claim-ID.</source>
      <translation>Wo die Berichte veröffentlicht werden; jedes ClaimReview verweist auf diese Adresse + #Claim-ID.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="136" />
      <source>Written into the history of every change you make.</source>
      <translation>Wird in den Verlauf jeder Ihrer Änderungen geschrieben.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="139" />
      <source>Your &amp;name:</source>
      <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="141" />
      <source>&amp;Role:</source>
      <translation>&amp;Rolle:</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="142" />
      <source>Rating &amp;scale:</source>
      <translation>Bewertungs&amp;skala:</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="143" />
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisation:</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="144" />
      <source>Report &amp;address:</source>
      <translation>Berichts&amp;adresse:</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="145" />
      <source>Re&amp;port language:</source>
      <translation>Berichtss&amp;prache:</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="146" />
      <source>Settings of this desk, used by the reports (shared with everyone on the desk).</source>
      <translation>Einstellungen dieses Desks für die Berichte (gelten für alle, die mit dem Desk arbeiten).</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="150" />
      <source>&amp;Desk file:</source>
      <translation>&amp;Desk-Datei:</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="153" />
      <source>&amp;Language:</source>
      <translation>&amp;Sprache:</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="154" />
      <source>A new language shows everywhere after FactDesk restarts.</source>
      <translation>Eine neue Sprache gilt überall nach einem Neustart von FactDesk.</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="158" />
      <source>&amp;Theme:</source>
      <translation>&amp;Farbschema:</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="160" />
      <source>Your name, written into the history of every change you make</source>
      <translation>Ihr Name, er steht in der Historie jeder Änderung, die Sie machen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="161" />
      <source>Checkers check claims; team leads also review and approve them</source>
      <translation>Prüferinnen und Prüfer prüfen Behauptungen; Teamleitungen nehmen sie auch ab</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="162" />
      <source>The verdicts this desk uses</source>
      <translation>Die Bewertungen, die dieser Desk verwendet</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="163" />
      <source>Named as the author of every ClaimReview in the reports</source>
      <translation>Als Autor jedes ClaimReview in den Berichten genannt</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="164" />
      <source>Where the reports are published; each ClaimReview points to this address + #claim-ID</source>
      <translation>Wo die Berichte veröffentlicht werden; jedes ClaimReview verweist auf diese Adresse + #claim-ID</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="166" />
      <source>The language of the reports' words and verdict labels</source>
      <translation>Die Sprache der Wörter und Bewertungen in den Berichten</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="167" />
      <source>The language of FactDesk's windows</source>
      <translation>Die Sprache der Fenster von FactDesk</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="168" />
      <source>Light or dark colours, or those of the system</source>
      <translation>Helle oder dunkle Farben, oder die des Systems</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="170" />
      <source>Desk file</source>
      <translation>Desk-Datei</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="170" />
      <source>The file that holds this desk's articles, claims and history</source>
      <translation>Die Datei mit den Artikeln, Behauptungen und der Historie dieses Desks</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="172" />
      <source>Open another desk file, or create a new one</source>
      <translation>Eine andere Desk-Datei öffnen oder eine neue anlegen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="224" />
      <source>(open a desk first)</source>
      <translation>(zuerst einen Desk öffnen)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="251" />
      <source>Choose a desk file</source>
      <translation>Desk-Datei wählen</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="252" />
      <source>FactDesk desk (*.sqlite *.db);;All files (*)</source>
      <translation>FactDesk-Desk (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../factdesk/gui/settings_dialog.py" line="277" />
      <source>Please enter your name: it is written into the history of every change.</source>
      <translation>Bitte geben Sie Ihren Namen ein: Er wird in den Verlauf jeder Änderung geschrieben.</translation>
    </message>
  </context>
</TS>