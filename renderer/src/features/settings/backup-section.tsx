import { BackupPanel } from './backup-panel.tsx';
import { DoctorPanel } from './doctor-panel.tsx';
import '../../styles/backup.css';

/** Issue #12 in Ajustes: backups and restore, then the file check (one line in settings-page.tsx). */
export function BackupSection() {
  return (
    <>
      <BackupPanel />
      <DoctorPanel />
    </>
  );
}
