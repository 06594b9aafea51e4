; Inno Setup script: the Windows installer of 1540 Focal Point, per user, without administrator rights.
; Built by .github/workflows/release.yml (or by hand on Windows, after PyInstaller has written dist\un1540\):
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\un1540 /DIconFile=..\..\build\icons\un1540.ico packaging\windows\un1540.iss
; Writes dist\un1540-<version>-setup.exe. The application goes to %LOCALAPPDATA%\Programs\1540 Focal Point; the
; data stays in %LOCALAPPDATA%\1540 Focal Point (never touched by installing, upgrading or uninstalling).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\un1540"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\un1540.ico"
#endif
#define AppName "1540 Focal Point"
#define GuiExe "1540 Focal Point.exe"

[Setup]
AppId={{5E1A1540-6F0C-4C1B-9B4E-1540F0CA1540}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=1540 Focal Point developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per user: installs under %LOCALAPPDATA%\Programs and HKCU, no UAC prompt; an administrator may still choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=un1540-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#GuiExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ShowLanguageDialog=auto

[Languages]
; The installer's own pages in the languages Inno Setup ships officially (Arabic and Chinese are unofficial
; translations, not in its installation): the application itself then asks its language among the six.
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#GuiExe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; A double-click on a package (.un1540) offers to restore it (`un1540 FILE`). HKA is HKCU for a per-user install.
Root: HKA; Subkey: "Software\Classes\.un1540"; ValueType: string; ValueName: ""; ValueData: "UN1540.Package"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\UN1540.Package"; ValueType: string; ValueName: ""; ValueData: "{#AppName} package"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\UN1540.Package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"
Root: HKA; Subkey: "Software\Classes\UN1540.Package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
; "Open with" for workbooks returned by agencies, without taking .xlsx from Excel.
Root: HKA; Subkey: "Software\Classes\.xlsx\OpenWithProgids"; ValueType: string; ValueName: "UN1540.Workbook"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\UN1540.Workbook"; ValueType: string; ValueName: ""; ValueData: "Workbook for {#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\UN1540.Workbook\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
