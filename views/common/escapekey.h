#pragma once

#include <functional>

class QAbstractItemView;
class QWidget;

// Esc in an entry form beside a list (Settings sections): when the form has unsaved
// changes, asks whether to discard them and reverts on Yes; then the list has the focus
// again. Installed on the widget holding form and list.
namespace EscapeKey {

void install(QWidget *area, QAbstractItemView *list, std::function<bool()> isModified, std::function<void()> revert);

} // namespace EscapeKey
