#pragma once

#include <QTimer>

#include "speech/audiooutput.h"

namespace qms {

/**
 * An AudioOutput without a device: it "plays" by waiting as long as the audio
 * lasts, then emits finished(). Used where there is no sound server (CI,
 * offscreen, a display without speakers), so the announcement queue keeps the
 * same timing and order, and calls stay highlighted as long as they would be
 * heard. Cannot fail.
 */
class SilentAudioOutput : public AudioOutput
{
    Q_OBJECT
public:
    explicit SilentAudioOutput(QObject *parent = nullptr);

    void play(const QByteArray &pcm, int sampleRate) override;
    void stop() override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] bool isAudible() const override { return false; }

private:
    QTimer m_timer;
};

} // namespace qms
