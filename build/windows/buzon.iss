; Inno Setup 6 script for Buzón: installs dist\buzon (made by `make dist` / PyInstaller
; on Windows) with a Start-menu entry, an optional desktop icon and an uninstaller.
;
;   iscc /DAppVersion=0.1.0 build\windows\buzon.iss
;
; writes dist\buzon-0.1.0-windows-x64-setup.exe. Paths below are relative to this file.
; Uninstalling leaves the user's data (%LOCALAPPDATA%\Buzon) in place: it holds their
; conversations, and a reinstall should find them.
; Needs Inno Setup 6.3 or newer (x64compatible). Saved as UTF-8 with a BOM, which every
; Unicode Inno Setup reads correctly.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Buzón"
#define AppExe "buzon.exe"
#define Root "..\.."

[Setup]
; The AppId identifies the program to the uninstaller and to upgrades: never change it.
AppId={{6F3B2C1E-8A4D-4E5B-9C7A-2D1F0B8E4A61}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Buzón contributors
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Buzon
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install without administrator rights by default; the user may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#Root}\resources\icons\buzon.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#Root}\dist
OutputBaseFilename=buzon-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\buzon\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Nothing of the user's: the program never writes into {app}, so the folder empties itself.
Type: dirifempty; Name: "{app}"
