#include "speech/audiooutput.h"

#include <QAudioDevice>
#include <QMediaDevices>

#include "speech/logging.h"
#include "speech/qtaudiooutput.h"
#include "speech/silentaudiooutput.h"

namespace qms {

std::unique_ptr<AudioOutput> makeAudioOutput(QObject *parent)
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        // Qt Multimedia on Debian talks to a PulseAudio server (pulseaudio or pipewire-pulse) only.
        qCWarning(lcSpeech) << "No audio output device (is a PulseAudio or PipeWire server running?):"
                            << "announcements are timed but silent";
        return std::make_unique<SilentAudioOutput>(parent);
    }
    auto output = std::make_unique<QtAudioOutput>(device, parent);
    qCInfo(lcSpeech) << "Announcements play on" << output->description();
    return output;
}

} // namespace qms
