/* One clustered place marker per row: [lat, lon, count, name, country, articles, more], each
   article being [title, http(s) URL or null, source, published]. The popup is built only when
   it opens, from text nodes (never innerHTML), so a hostile title stays text, and the page
   carries compact data instead of markup for every place. Read by newsmap.view.places and
   handed to FastMarkerCluster as its callback: the file is one function expression. */
function (row) {
    function el(tag, text, css) {
        var node = document.createElement(tag);
        if (text !== undefined && text !== null) { node.textContent = text; }
        if (css) { node.style.cssText = css; }
        return node;
    }
    function popup() {
        var box = el('div', null, 'font:12px/1.35 system-ui,sans-serif');
        box.appendChild(el('b', row[3]));
        if (row[4]) {
            box.appendChild(document.createTextNode(' '));
            box.appendChild(el('small', '(' + row[4] + ')'));
        }
        box.appendChild(el('br'));
        box.appendChild(el('small', n + ' article' + (n === 1 ? '' : 's')));
        var items = row[5] || [];
        if (items.length) {
            var list = el('ul', null, 'margin:4px 0 0 0;padding-left:16px');
            items.forEach(function (a) {
                var li = el('li');
                var title = a[0] || '(untitled)';
                if (a[1]) {
                    var link = el('a', title);
                    link.href = a[1];
                    link.target = '_blank';
                    link.rel = 'noopener noreferrer';
                    li.appendChild(link);
                } else {
                    li.appendChild(document.createTextNode(title));
                }
                var meta = [a[2], a[3]].filter(Boolean).join(' \u00b7 ');
                if (meta) {
                    li.appendChild(document.createTextNode(' '));
                    li.appendChild(el('small', meta));
                }
                list.appendChild(li);
            });
            if (row[6] > 0) {
                list.appendChild(el('li', 'and ' + row[6] + ' more', 'list-style:none;color:#555'));
            }
            box.appendChild(list);
        }
        return box;
    }
    var n = Number(row[2]) || 0;
    var s = Math.round(Math.min(34, 16 + 4 * Math.log2(Math.max(1, n))));
    var icon = L.divIcon({
        className: 'newsmap-place',
        iconSize: [s, s],
        html: '<div style="width:' + s + 'px;height:' + s + 'px;border-radius:50%;'
            + 'background:rgba(33,102,172,.88);border:1.5px solid #fff;color:#fff;'
            + 'font:600 10px/' + s + 'px system-ui,sans-serif;text-align:center;'
            + 'box-shadow:0 0 3px rgba(0,0,0,.4)">' + n + '</div>'
    });
    var marker = L.marker(new L.LatLng(row[0], row[1]),
                          {icon: icon, title: row[3] + ' (' + n + ')'});
    marker.bindPopup(popup, {maxWidth: 340});
    return marker;
}
