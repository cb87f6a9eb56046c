; Inno Setup 6.3+ script for FactDesk (Windows). UNTESTED here: written against the
; Inno Setup 6 documentation; FactDesk is built and tested on Linux only so far.
;
; 1. On Windows, in a venv with FactDesk installed (pip install -e .):
;      pip install pyinstaller
;      pyinstaller installer\factdesk.spec --distpath build\dist --workpath build\work --noconfirm
;    This makes build\dist\factdesk\ with factdesk.exe (console, for the command
;    line) and factdeskw.exe (no console window, for the Start menu).
; 2. The version comes from pyproject.toml, its one home:
;      for /f %v in ('python -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"') do set FDVER=%v
;      iscc /DAppVersion=%FDVER% /DBuildDir=%CD%\build\dist\factdesk installer\windows\factdesk.iss
;    (BuildDir absolute: relative paths are taken from this script's folder)
;    -> build\installer\FactDesk-Setup-<version>.exe
;
; Installs per user into %LOCALAPPDATA%\Programs\FactDesk without admin
; rights (PrivilegesRequired=lowest); the user may choose "all users" in the
; dialog, which then asks for admin rights.

#define AppName "FactDesk"
#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z (see step 2 above)
#endif
#ifndef BuildDir
  #define BuildDir "..\..\build\dist\factdesk"
#endif

[Setup]
; A fixed AppId so upgrades replace the earlier install. Never change it.
AppId={{6F0B7E4C-5A3D-4C1E-9C4B-FAC7DE5C0001}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=FactDesk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build\installer
OutputBaseFilename=FactDesk-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\factdeskw.exe
; Tell Explorer about the optional "Open with" entries.
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "openwith"; Description: "Offer FactDesk in ""Open with"" for articles (.txt, .html, .docx, .pdf)"; Flags: unchecked

[Files]
; The whole one-folder build: both executables and _internal\ (without the
; Linux install files that build.sh copies beside the binary).
Source: "{#BuildDir}\*"; DestDir: "{app}"; Excludes: "*.sh,*.desktop"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\factdeskw.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\factdeskw.exe"; Tasks: desktopicon

[Registry]
; Optional and polite: FactDesk appears in Explorer's "Open with" list for the
; article formats it imports (`factdesk FILE` imports and shows the article)
; without taking over the default program. Per user in per-user mode (HKA).
Root: HKA; Subkey: "Software\Classes\Applications\factdeskw.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "FactDesk"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\factdeskw.exe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\factdeskw.exe"" ""%1"""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\factdeskw.exe\SupportedTypes"; ValueType: string; ValueName: ".txt"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\factdeskw.exe\SupportedTypes"; ValueType: string; ValueName: ".html"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\factdeskw.exe\SupportedTypes"; ValueType: string; ValueName: ".docx"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\factdeskw.exe\SupportedTypes"; ValueType: string; ValueName: ".pdf"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.txt\OpenWithList\factdeskw.exe"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.html\OpenWithList\factdeskw.exe"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.docx\OpenWithList\factdeskw.exe"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.pdf\OpenWithList\factdeskw.exe"; Flags: uninsdeletekey; Tasks: openwith

[Run]
Filename: "{app}\factdeskw.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
